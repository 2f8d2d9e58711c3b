package org.mashang.accounts;

import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
public enum Role {
    ADMIN("管理员"),
    REVIEWER("审核员"),
    DISPATCHER("交办员"),
    DEPUTY("人大代表"),
    DEPARTMENT("职能部门");

    private final String label;

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

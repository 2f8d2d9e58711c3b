package org.mashang.cases;

import lombok.RequiredArgsConstructor;

/** Who acted on a case, as shown on its timeline. */
@RequiredArgsConstructor
public enum ActorRole {
    RESIDENT("群众"),
    REVIEWER("审核员"),
    DEPUTY("人大代表"),
    DISPATCHER("交办员"),
    DEPARTMENT("职能部门"),
    STAFF("工作人员"),
    SYSTEM("系统");

    private final String label;

    public String label() {
        return label;
    }
}

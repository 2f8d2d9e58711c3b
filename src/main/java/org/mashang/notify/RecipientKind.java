package org.mashang.notify;

import lombok.RequiredArgsConstructor;

/** Who a notification is for; the channel can be configured per kind. */
@RequiredArgsConstructor
public enum RecipientKind {
    RESIDENT("群众"),
    DEPUTY("人大代表"),
    DEPARTMENT("职能部门"),
    DISPATCHER("交办员"),
    REVIEWER("审核员"),
    COMMITTEE_HEAD("人大工委负责人");

    private final String label;

    public String label() {
        return label;
    }
}

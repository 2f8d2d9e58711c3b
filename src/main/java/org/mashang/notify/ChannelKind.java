package org.mashang.notify;

import lombok.RequiredArgsConstructor;

/** How a notification travels. */
@RequiredArgsConstructor
public enum ChannelKind {
    /** Kept in the database and shown to administrators at /admin/notifications/dev: the demo's default. */
    DEV("开发收件箱"),
    SMS("短信"),
    EMAIL("电子邮件"),
    /** The station's WeChat Official Account, for residents who linked their WeChat to their phone. */
    WECHAT("微信");

    private final String label;

    public String label() {
        return label;
    }
}

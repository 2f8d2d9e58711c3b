package org.mashang.notify;

/** How a notification travels. */
public enum ChannelKind {
    /** Kept in the database and shown to administrators at /admin/notifications/dev: the demo's default. */
    DEV("开发收件箱"),
    SMS("短信"),
    EMAIL("电子邮件"),
    /** The station's WeChat Official Account, for residents who linked their WeChat to their phone. */
    WECHAT("微信");

    private final String label;

    ChannelKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

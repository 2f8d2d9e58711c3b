package org.mashang.cases;

import lombok.RequiredArgsConstructor;

/** How a message reached the station (线上线下): recorded on every case. */
@RequiredArgsConstructor
public enum Channel {
    DEPUTY_CODE("扫代表二维码", true),
    STATION_CODE("扫联络站二维码", true),
    RECEPTION("接待日来访", false),
    FORUM("民情恳谈会", false),
    VISIT("走访入户", false),
    CHAT_GROUP("居民群", false),
    PHONE("电话", false),
    ACTIVITY("履职活动", false),
    /** Sent by another platform (a 12345 portal, a mini-program) through the Open311 API with its own key. */
    GOV_PLATFORM("政务平台", true);

    private final String label;
    private final boolean online;

    public String label() {
        return label;
    }

    /** Online channels are entered by residents themselves; the others by staff. */
    public boolean online() {
        return online;
    }
}

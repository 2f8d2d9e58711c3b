package org.mashang.receptions;

import lombok.RequiredArgsConstructor;
import org.mashang.cases.Channel;

/** Kinds of deputies' activities: the forum and the "5+1" method's visits (进联络站、进区块、进小区、进居民群、进百姓家). */
@RequiredArgsConstructor
public enum ActivityKind {
    FORUM("民情恳谈会", Channel.FORUM),
    STATION("进联络站", Channel.ACTIVITY),
    BLOCK("进区块", Channel.VISIT),
    COMPOUND("进小区", Channel.VISIT),
    CHAT_GROUP("进居民群", Channel.CHAT_GROUP),
    HOME("进百姓家", Channel.VISIT);

    private final String label;
    private final Channel channel;

    public String label() {
        return label;
    }

    /** The channel recorded on cases of issues raised at such an activity. */
    public Channel channel() {
        return channel;
    }
}

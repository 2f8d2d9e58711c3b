package org.mashang.cases.internal;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Limits;
import org.mashang.platform.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Anonymous messages start a review clock each: at most {@link Limits#messagesPerAddress()} an hour from one client
 * address (residents at a station share its Wi-Fi, so the default is generous) and {@link Limits#messagesPerPhone()}
 * with one phone number. Staff entering messages received offline are not limited.
 */
@Component
@RequiredArgsConstructor
public class MessageLimits {

    private final RateLimits limits;
    private final Limits settings;

    /** Counts a message about to be stored; throws {@link org.mashang.platform.TooManyRequests} over a limit. */
    public void take(String clientAddress, String phone) {
        limits.take("message-address", clientAddress, settings.messagesPerAddress(), Duration.ofHours(1),
                "这个网络 1 小时内提交的留言已经很多了，请 {wait}后再提交；急事请直接拨打联络站的电话。");
        if (phone != null) {
            limits.take("message-phone", phone, settings.messagesPerPhone(), Duration.ofHours(1),
                    "这个手机号 1 小时内留言太多，请 {wait}后再提交。");
        }
    }
}

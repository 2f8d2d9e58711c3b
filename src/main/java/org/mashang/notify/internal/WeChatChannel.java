package org.mashang.notify.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.DeliveryException;
import org.mashang.notify.NotificationChannel;
import org.mashang.notify.OutboundMessage;
import org.springframework.stereotype.Component;

/**
 * Notices to a resident's WeChat through the station's Official Account. The outbox row's address is the resident's
 * verified phone; the openid linked to it is looked up only here, so it never shows in the outbox. WeChat's busy and
 * quota answers are retried later; a resident who refuses the account's messages or does not follow it, or any other
 * refusal, fails for good, and the worker then sends the same notice by the resident's next channel (SMS).
 */
@Component
@RequiredArgsConstructor
class WeChatChannel implements NotificationChannel {

    /** system busy, daily quota reached, per-minute quota reached: WeChat will take it later */
    static final Set<Integer> RETRY_LATER = Set.of(-1, 45009, 45011);
    /** user refuses to accept the msg, user does not follow the account, invalid openid, user has blocked the account */
    static final Set<Integer> REFUSED = Set.of(43101, 43004, 40003, 43019);
    /** WeChat cuts a "thing" field (事物) at 20 characters and refuses longer ones. */
    static final int THING_LENGTH = 20;

    private final WeChatProperties properties;
    private final WeChatLinks links;
    private final WeChatApi api;

    @Override
    public ChannelKind kind() {
        return ChannelKind.WECHAT;
    }

    @Override
    public String send(OutboundMessage m) throws DeliveryException {
        WeChatProperties.Template template = properties.templates().get(m.templateKey());
        if (!properties.carries(m.templateKey())) {
            throw DeliveryException.permanentFailure("微信模板未配置（mashang.wechat.templates." + m.templateKey() + ".id）", null);
        }
        String openid = links.openidOf(m.address())
                .orElseThrow(() -> DeliveryException.permanentFailure("这个手机号已不再绑定微信", null));
        try {
            return api.sendMessage(openid, template.id(), m.params().get("link"), data(template, m));
        } catch (WeChatApi.Failure f) {
            if (f.unreachable() || RETRY_LATER.contains(f.errcode()) || WeChatApi.TOKEN_ERRORS.contains(f.errcode())) {
                throw DeliveryException.transientFailure(f.getMessage(), f);
            }
            String why = REFUSED.contains(f.errcode()) ? "居民未关注公众号或拒收消息，" : "微信拒绝了这条通知，";
            throw DeliveryException.permanentFailure(why + f.getMessage(), f);
        }
    }

    /** The template's fields from our placeholders, or our placeholders under their own names when none are mapped. */
    static Map<String, String> data(WeChatProperties.Template template, OutboundMessage m) {
        Map<String, String> data = new LinkedHashMap<>();
        if (template.data().isEmpty()) {
            m.params().forEach((k, v) -> {
                if (!k.equals("link")) {
                    data.put(k, v);
                }
            });
            data.putIfAbsent("content", m.body());
        } else {
            template.data().forEach((field, placeholder) -> data.put(field, value(m, placeholder)));
        }
        data.replaceAll((field, value) -> field.startsWith("thing") ? Outbox.truncate(value, THING_LENGTH) : value);
        return data;
    }

    /** A placeholder's value; {@code subject} and {@code body} are the rendered notice itself. */
    private static String value(OutboundMessage m, String placeholder) {
        return switch (placeholder) {
            case "subject" -> java.util.Objects.requireNonNullElse(m.subject(), "");
            case "body" -> java.util.Objects.requireNonNullElse(m.body(), "");
            default -> m.params().getOrDefault(placeholder, "");
        };
    }
}

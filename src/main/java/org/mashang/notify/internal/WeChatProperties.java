package org.mashang.notify.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mashang.wechat.*}: the station's WeChat Official Account (公众号). Without an app id and secret nothing of
 * WeChat shows: no sign-in button, no channel.
 *
 * @param apiBaseUrl  WeChat's server API ({@code cgi-bin/stable_token}, the message APIs, {@code sns/oauth2/access_token})
 * @param openBaseUrl where residents are sent to authorize ({@code connect/oauth2/authorize})
 * @param messageApi  {@code template} (模板消息, {@code cgi-bin/message/template/send}) or {@code subscribe}
 *                    (订阅通知, {@code cgi-bin/message/subscribe/bizsend})
 * @param templates   per template key of ours ({@code resident-replied} …) the account's template; a notification
 *                    without one goes by the resident's other channels
 */
@ConfigurationProperties("mashang.wechat")
public record WeChatProperties(String appId, String appSecret,
                               @DefaultValue("https://api.weixin.qq.com") URI apiBaseUrl,
                               @DefaultValue("https://open.weixin.qq.com") URI openBaseUrl,
                               @DefaultValue("template") String messageApi,
                               Map<String, Template> templates,
                               @DefaultValue("PT3S") Duration connectTimeout,
                               @DefaultValue("PT5S") Duration readTimeout) {

    public WeChatProperties {
        templates = templates == null ? Map.of() : templates;
    }

    /**
     * @param id   the template id the account was given (模板ID)
     * @param data the template's fields, each filled with one of our placeholders: {@code thing1=ticket}; when empty,
     *             our placeholders are sent under their own names
     */
    public record Template(String id, Map<String, String> data) {

        public Template {
            data = data == null ? Map.of() : data;
        }
    }

    public boolean enabled() {
        return appId != null && !appId.isBlank() && appSecret != null && !appSecret.isBlank();
    }

    /** Whether notifications of this template key can go by WeChat at all. */
    public boolean carries(String templateKey) {
        Template t = templates.get(templateKey);
        return enabled() && t != null && t.id() != null && !t.id().isBlank();
    }

    boolean subscribe() {
        return "subscribe".equalsIgnoreCase(messageApi);
    }

    String api(String path) {
        return apiBaseUrl.toString().replaceAll("/+$", "") + path;
    }

    String open(String path) {
        return openBaseUrl.toString().replaceAll("/+$", "") + path;
    }
}

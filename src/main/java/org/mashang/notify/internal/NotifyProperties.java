package org.mashang.notify.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.RecipientKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mashang.notify.*}: which channel carries what, delivery timing, and the SMS gateway.
 *
 * @param defaultChannels channels tried in order for anyone not configured otherwise; the first for which the
 *                        recipient has an address (a mobile for SMS, an email for EMAIL) is used
 * @param channels        per recipient kind, e.g. {@code mashang.notify.channels.resident=SMS,EMAIL}
 * @param eventChannels   per template (event), e.g. {@code mashang.notify.event-channels.verify-code=SMS}; wins over the kind
 * @param locale          the language of the templates used, {@code zh-CN} or {@code en}
 * @param publicBaseUrl   the site's address, for the links in notifications
 */
@ConfigurationProperties("mashang.notify")
public record NotifyProperties(
        @DefaultValue("DEV") List<ChannelKind> defaultChannels,
        Map<RecipientKind, List<ChannelKind>> channels,
        Map<String, List<ChannelKind>> eventChannels,
        @DefaultValue("zh-CN") String locale,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue Delivery delivery,
        @DefaultValue Sms sms,
        @DefaultValue Email email,
        @DefaultValue Verification verification) {

    public NotifyProperties {
        channels = channels == null ? Map.of() : channels;
        eventChannels = eventChannels == null ? Map.of() : eventChannels;
    }

    /** An absolute link to a page of the site, e.g. {@code link("/track?ticket=…")}. */
    public String link(String path) {
        return publicBaseUrl.replaceAll("/+$", "") + path;
    }

    /** Where a resident follows a case: the tracking page, with the ticket but never the query code. */
    public String trackLink(String ticket) {
        return link("/track?ticket=" + ticket);
    }

    /**
     * @param scheduled      run the worker on a schedule (tests switch it off and call it themselves)
     * @param interval       pause between two runs of the worker
     * @param batchSize      rows one worker claims at a time
     * @param maxAttempts    attempts before a notification is marked FAILED
     * @param initialBackoff wait after the first failure; doubled after each further one, with jitter, up to maxBackoff
     * @param lease          how long a claimed row is left to its worker before another may take it over
     * @param remindEvaluationAfter  residents who have not evaluated an answered case are reminded once after this
     */
    public record Delivery(@DefaultValue("true") boolean scheduled, @DefaultValue("PT10S") Duration interval,
                           @DefaultValue("20") int batchSize, @DefaultValue("6") int maxAttempts,
                           @DefaultValue("PT30S") Duration initialBackoff, @DefaultValue("PT1H") Duration maxBackoff,
                           @DefaultValue("PT2M") Duration lease, @DefaultValue("P3D") Duration remindEvaluationAfter) {
    }

    /**
     * An HTTP SMS gateway (see README for the request it receives).
     *
     * @param templateIds the gateway's template id for each of our template keys
     */
    public record Sms(URI url, String appKey, String appSecret, @DefaultValue("码上找代表") String signName,
                      Map<String, String> templateIds, @DefaultValue("PT3S") Duration connectTimeout,
                      @DefaultValue("PT5S") Duration readTimeout) {

        public Sms {
            templateIds = templateIds == null ? Map.of() : templateIds;
        }
    }

    /** Email goes through Spring's {@code spring.mail.*} SMTP settings; this is the sender. */
    public record Email(@DefaultValue("noreply@mashang.local") String from) {
    }

    /**
     * Phone verification by one-time code.
     *
     * @param perPhonePerMinute codes one phone may request per minute, and per hour below
     */
    public record Verification(@DefaultValue("PT5M") Duration codeValidity, @DefaultValue("5") int maxAttempts,
                               @DefaultValue("1") int perPhonePerMinute, @DefaultValue("5") int perPhonePerHour,
                               @DefaultValue("20") int perIpPerHour) {
    }
}

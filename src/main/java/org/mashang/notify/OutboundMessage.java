package org.mashang.notify;

import java.util.Map;

/**
 * One notification on its way out.
 *
 * @param id          the outbox row; channels pass {@link #requestId()} on so a gateway can drop a repeated delivery
 * @param address     a phone number, an email address, or (dev channel) a name
 * @param params      the values of the template's placeholders, for gateways that fill in their own templates
 */
public record OutboundMessage(long id, String templateKey, String address, String subject, String body,
                              Map<String, String> params) {

    public String requestId() {
        return "mashang-" + id;
    }
}

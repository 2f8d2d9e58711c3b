package org.mashang.notify.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.ChannelKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes one notification to the outbox: fills in the template, chooses the channel, and makes the idempotency key
 * of (event, recipient, template). Runs inside the caller's transaction.
 */
@Component
@RequiredArgsConstructor
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationTemplates templates;
    private final ChannelRouter router;
    private final Outbox outbox;
    private final NotifyProperties properties;
    private final Clock clock;

    /**
     * @param event  identifies the event, the same however often it is published
     * @return the outbox row's id; empty when this notification was written before or the recipient cannot be reached
     */
    public Optional<Long> notify(String event, String templateKey, Recipient to, Map<String, String> values, Long caseId,
                                 String ticket) {
        TemplateCatalog.Definition definition = TemplateCatalog.get(templateKey);
        Map<String, String> params = new HashMap<>(values);
        if (to.link() != null) {
            params.put("link", to.link());
        }
        params.values().removeIf(v -> v == null);
        String locale = properties.locale();
        NotificationTemplates.Rendered text = templates.render(templateKey, locale, params);
        String key = event + "|" + to.kind() + ":" + to.key() + "|" + templateKey;
        var route = router.route(to, templateKey);
        var status = route.isPresent() ? Outbox.Status.PENDING : Outbox.Status.FAILED;
        ChannelKind channel = route.map(ChannelRouter.Route::channel)
                .orElse(router.channels(to.kind(), templateKey).get(0));
        String error = route.isPresent() ? null : "收件人没有可用的联系方式（" + router.channels(to.kind(), templateKey).stream()
                .map(ChannelKind::label).collect(Collectors.joining("、")) + "）";
        var entry = new Outbox.Entry(key, templateKey, locale, to.kind(), to.name(), channel,
                route.map(ChannelRouter.Route::address).orElse(""), text.subject(), text.body(), params, caseId, ticket,
                definition.sensitive());
        Optional<Long> id = outbox.enqueue(entry, status, error, clock.instant());
        if (id.isEmpty()) {
            log.debug("Notification {} was already in the outbox", key);
        }
        return id;
    }
}

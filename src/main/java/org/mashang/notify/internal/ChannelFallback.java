package org.mashang.notify.internal;

import java.time.Instant;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.ChannelKind;
import org.springframework.stereotype.Component;

/**
 * A WeChat notice that could not be delivered (the resident refused the account's messages, stopped following it, or
 * WeChat kept refusing) goes out again by the resident's configured channels, SMS in production: same text, a row of
 * its own whose idempotency key derives from the first, so it is written once however often the failure is handled.
 */
@Component
@RequiredArgsConstructor
public class ChannelFallback {

    private final Outbox outbox;
    private final ChannelRouter router;

    /** @return the new row's id; empty when the row is not a WeChat notice, or no other channel reaches the resident */
    public Optional<Long> after(Outbox.Row row, Instant now) {
        if (row.channel() != ChannelKind.WECHAT) {
            return Optional.empty();
        }
        // a WeChat row's address is the resident's verified phone
        Recipient resident = new Recipient(row.recipientKind(), "", row.recipientName(), row.address(), null, null);
        return router.configuredRoute(resident, row.templateKey()).flatMap(route -> outbox.enqueue(new Outbox.Entry(
                Outbox.truncate("fallback|" + row.idempotencyKey(), 300), row.templateKey(), row.locale(), row.recipientKind(),
                row.recipientName(), route.channel(), route.address(), row.subject(), row.body(), row.params(), row.caseId(),
                row.ticket(), row.sensitive()), Outbox.Status.PENDING, null, now));
    }
}

package org.mashang.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseContacts.AwaitingEvaluation;

/** The evaluation reminder reads the week's answered cases page by page and remembers whom it reminded. */
@UnitTest
class EvaluationReminderPagesTests {

    private static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");

    @Test
    void aWeekWithMoreAnsweredCasesThanAPageRemindsThemAllAndOnlyOnce() {
        // two and a half pages of answered cases, a minute apart, all due (answered 3 to 5 days ago)
        List<AwaitingEvaluation> answered = new ArrayList<>();
        Instant first = NOW.minus(Duration.ofDays(5));
        for (int i = 0; i < 2 * EvaluationReminders.PAGE + 500; i++) {
            answered.add(new AwaitingEvaluation(i + 1, "T" + (i + 1), first.plus(Duration.ofMinutes(i))));
        }
        CaseContacts contacts = mock(CaseContacts.class);
        when(contacts.awaitingEvaluation(any(), any(), anyInt())).thenAnswer(call -> {
            Instant from = call.getArgument(0);
            Instant to = call.getArgument(1);
            int limit = call.getArgument(2);
            return answered.stream().filter(a -> !a.answeredAt().isBefore(from) && a.answeredAt().isBefore(to)).limit(limit).toList();
        });
        when(contacts.followersAwaitingEvaluation(any(), any(), anyInt())).thenReturn(List.of());
        when(contacts.residentContact(anyLong())).thenAnswer(call -> Optional.of(new CaseContacts.ResidentContact(call.getArgument(0),
                "T" + call.getArgument(0), "居民", "13800000000", null, true)));
        Notifier notifier = mock(Notifier.class);
        // the first page was reminded before (by another instance): the outbox takes none of them again
        when(notifier.notify(anyString(), eq("resident-evaluate"), any(), anyMap(), any(), any())).thenAnswer(call -> {
            long caseId = call.getArgument(4);
            return caseId <= EvaluationReminders.PAGE ? Optional.empty() : Optional.of(caseId);
        });
        NotifyProperties properties = new NotifyProperties(List.of(), Map.of(), Map.of(), "zh-CN", "http://localhost",
                new NotifyProperties.Delivery(false, Duration.ofSeconds(10), 20, 6, Duration.ofSeconds(30), Duration.ofHours(1),
                        Duration.ofMinutes(2), Duration.ofDays(3)), null, null, null);
        EvaluationReminders reminders = new EvaluationReminders(contacts, notifier, properties, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(reminders.remind()).as("the cases after the first page are reached").isEqualTo(EvaluationReminders.PAGE + 500);
        verify(notifier, times(answered.size())).notify(anyString(), eq("resident-evaluate"), any(), anyMap(), any(), any());

        assertThat(reminders.remind()).as("a second run: nobody twice").isZero();
        verify(notifier, times(answered.size())).notify(anyString(), eq("resident-evaluate"), any(), anyMap(), any(), any());
    }
}

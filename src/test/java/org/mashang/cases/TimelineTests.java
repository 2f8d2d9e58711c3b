package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.cases.ActorRole;
import org.mashang.cases.internal.CaseIntake;
import org.mashang.cases.EventType;
import org.mashang.cases.internal.NewMessage;
import org.mashang.cases.internal.Timeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TimelineTests {

    @Autowired
    CaseIntake intake;

    @Autowired
    Timeline timeline;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    long newCase() {
        var street = data.street();
        return intake.submit(new NewMessage(new NewMessage.Addressee(null, street.station(), street.id()), Channel.STATION_CODE,
                new NewMessage.Content(street.category(), null, "测试时间线", true, List.of()), NewMessage.Resident.ANONYMOUS, null, null)).caseId();
    }

    @Test
    void eventsAreChainedByHashAndTheChainVerifies() {
        long id = newCase();
        timeline.append(id, EventType.SUBMITTED, ActorRole.SYSTEM, null, null, "第二条", false, Instant.now());
        var events = timeline.events(id);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).prevHash()).isEqualTo(events.get(0).hash());
        assertThat(timeline.verify(id)).isEmpty();
    }

    @Test
    void storedEventsCannotBeChangedOrDeleted() {
        long id = newCase();
        assertThatThrownBy(() -> jdbc.sql("update case_event set body = 'x' where case_id = :c").param("c", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from case_event where case_id = :c").param("c", id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void tamperingBehindTheTriggersBackIsDetected() {
        long id = newCase();
        timeline.append(id, EventType.SUBMITTED, ActorRole.SYSTEM, null, null, "原文", true, Instant.now());
        jdbc.sql("alter table case_event disable trigger case_event_append_only").update();
        try {
            jdbc.sql("update case_event set body = '被改过' where case_id = :c and seq = 2").param("c", id).update();
        } finally {
            jdbc.sql("alter table case_event enable trigger case_event_append_only").update();
        }
        assertThat(timeline.verify(id)).contains(2);
    }
}

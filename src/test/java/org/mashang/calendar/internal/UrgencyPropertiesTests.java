package org.mashang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.calendar.ClockLength;
import org.mashang.calendar.Stage;
import org.mashang.calendar.Urgency;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The urgency classes as the properties configure them, over the 12345 defaults. */
@UnitTest
class UrgencyPropertiesTests {

    static UrgencyProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("mashang.urgency", UrgencyProperties.class);
    }

    @Test
    void theDefaultsFollowThe12345Practice() {
        UrgencyProperties p = bind(Map.of());
        assertThat(p.name(Urgency.URGENT)).isEqualTo("紧急");
        assertThat(p.length(Urgency.URGENT, Stage.FIRST_REPLY)).contains(new ClockLength(2, true));
        assertThat(p.length(Urgency.URGENT, Stage.ASSIGNMENT)).contains(new ClockLength(1, false));
        assertThat(p.length(Urgency.NORMAL, Stage.FIRST_REPLY)).isEmpty();
        assertThat(p.length(Urgency.COMPLEX, Stage.ASSIGNMENT)).contains(new ClockLength(15, false));
    }

    @Test
    void propertiesOverrideNamesAndLengthsAndBlankFollowsTheStageSetting() {
        UrgencyProperties p = bind(Map.of("mashang.urgency.classes.urgent.name", "特急", "mashang.urgency.classes.urgent.review", "4h",
                "mashang.urgency.classes.urgent.assignment", "", "mashang.urgency.classes.normal.first-reply", "5d"));
        assertThat(p.name(Urgency.URGENT)).isEqualTo("特急");
        assertThat(p.length(Urgency.URGENT, Stage.REVIEW)).contains(new ClockLength(4, true));
        assertThat(p.length(Urgency.URGENT, Stage.FIRST_REPLY)).contains(new ClockLength(2, true));
        assertThat(p.length(Urgency.URGENT, Stage.ASSIGNMENT)).isEmpty();
        assertThat(p.length(Urgency.NORMAL, Stage.FIRST_REPLY)).contains(new ClockLength(5, false));
    }

    @Test
    void aBadLengthNamesTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("mashang.urgency.classes.complex.assignment", "two weeks")))
                .hasStackTraceContaining("mashang.urgency.classes.complex.assignment");
    }
}

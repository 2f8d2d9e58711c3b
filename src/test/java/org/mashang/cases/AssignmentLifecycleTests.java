package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mashang.cases.AssignmentAction.*;
import static org.mashang.cases.AssignmentState.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mashang.UnitTest;

/** Every assignment state × every action. */
@UnitTest
class AssignmentLifecycleTests {

    static final Map<AssignmentState, Map<AssignmentAction, AssignmentState>> EXPECTED = new EnumMap<>(AssignmentState.class);

    static {
        EXPECTED.put(HANDLING, Map.of(REPORT, REPORTED, RETURN, RETURNED, REQUEST_EXTENSION, EXTENSION_REQUESTED,
                AssignmentAction.CLOSE_WITH_LEAD, AssignmentState.CLOSED_WITH_LEAD));
        EXPECTED.put(EXTENSION_REQUESTED, Map.of(GRANT_EXTENSION, HANDLING, DENY_EXTENSION, HANDLING, REPORT, REPORTED,
                AssignmentAction.CLOSE_WITH_LEAD, AssignmentState.CLOSED_WITH_LEAD));
    }

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(AssignmentState.values()).flatMap(s -> Stream.of(AssignmentAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void transitionFollowsTheTable(AssignmentState state, AssignmentAction action) {
        AssignmentState expected = EXPECTED.getOrDefault(state, Map.of()).get(action);
        if (expected != null) {
            assertThat(AssignmentLifecycle.next(state, action)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> AssignmentLifecycle.next(state, action)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(state.label());
            assertThat(AssignmentLifecycle.allows(state, action)).isFalse();
        }
    }
}

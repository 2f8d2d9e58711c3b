package org.mashang.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mashang.proposals.ProposalAction.ACCEPT_ANSWER;
import static org.mashang.proposals.ProposalAction.ANSWER;
import static org.mashang.proposals.ProposalAction.ASSIGN;
import static org.mashang.proposals.ProposalAction.EDIT;
import static org.mashang.proposals.ProposalAction.REJECT_ANSWER;
import static org.mashang.proposals.ProposalAction.SUBMIT;
import static org.mashang.proposals.ProposalState.ANSWERED;
import static org.mashang.proposals.ProposalState.ASSIGNED;
import static org.mashang.proposals.ProposalState.CLOSED;
import static org.mashang.proposals.ProposalState.DRAFTED;
import static org.mashang.proposals.ProposalState.REANSWERED;
import static org.mashang.proposals.ProposalState.REHANDLING;
import static org.mashang.proposals.ProposalState.SUBMITTED;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mashang.UnitTest;
import org.mashang.platform.UserFacingException;
import org.springframework.http.HttpStatus;

/** Every state × every action of a proposal: the allowed ones lead where the law says, the rest are refused (409). */
@UnitTest
class ProposalStateTests {

    static final Map<ProposalState, Map<ProposalAction, ProposalState>> EXPECTED = new EnumMap<>(ProposalState.class);

    static {
        EXPECTED.put(DRAFTED, Map.of(EDIT, DRAFTED, SUBMIT, SUBMITTED));
        EXPECTED.put(SUBMITTED, Map.of(ASSIGN, ASSIGNED));
        EXPECTED.put(ASSIGNED, Map.of(ANSWER, ANSWERED));
        EXPECTED.put(ANSWERED, Map.of(ACCEPT_ANSWER, CLOSED, REJECT_ANSWER, REHANDLING));
        EXPECTED.put(REHANDLING, Map.of(ANSWER, REANSWERED));
        // handled again once: the second answer closes it whatever the deputy thinks of it
        EXPECTED.put(REANSWERED, Map.of(ACCEPT_ANSWER, CLOSED, REJECT_ANSWER, CLOSED));
        EXPECTED.put(CLOSED, Map.of());
    }

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(ProposalState.values())
                .flatMap(s -> Stream.of(ProposalAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void eachStateAllowsExactlyItsActions(ProposalState state, ProposalAction action) {
        ProposalState expected = EXPECTED.get(state).get(action);
        assertThat(state.allows(action)).isEqualTo(expected != null);
        if (expected != null) {
            assertThat(state.next(action)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> state.next(action)).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(HttpStatus.CONFLICT))
                    .hasMessageContaining(state.label()).hasMessageContaining(action.label());
        }
    }

    @Test
    void anUnsatisfiedAnswerIsHandledAgainOnlyOnce() {
        ProposalState s = DRAFTED.next(SUBMIT).next(ASSIGN).next(ANSWER).next(DeputyEvaluation.UNSATISFIED.action());
        assertThat(s).isEqualTo(REHANDLING);
        assertThat(s.clockRuns()).isTrue();
        s = s.next(ANSWER).next(DeputyEvaluation.UNSATISFIED.action());
        assertThat(s).isEqualTo(CLOSED);
        assertThat(DRAFTED.next(SUBMIT).next(ASSIGN).next(ANSWER).next(DeputyEvaluation.BASICALLY_SATISFIED.action()))
                .isEqualTo(CLOSED);
    }

    @Test
    void theClockRunsWhileTheUnitsHandleItAndDraftsAreNeverPublic() {
        for (ProposalState s : ProposalState.values()) {
            assertThat(s.clockRuns()).as("%s", s).isEqualTo(s == ASSIGNED || s == REHANDLING);
            assertThat(s.published()).as("%s", s).isEqualTo(s != DRAFTED);
            assertThat(s.takesProgress()).as("%s", s).isEqualTo(s == ANSWERED || s == REANSWERED || s == CLOSED);
        }
        assertThat(AnswerClass.A.followedUp()).isTrue();
        assertThat(AnswerClass.B.followedUp()).isTrue();
        assertThat(AnswerClass.C.followedUp()).isFalse();
        assertThat(AnswerClass.D.followedUp()).isFalse();
    }
}

package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mashang.cases.CaseState.*;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.calendar.Stage;

/** The rules on the case's states, each written out here as a table, state by state. */
@UnitTest
class CaseStateRulesTests {

    @Test
    void answeredStatesAreTheThreeAnswersAndTheEvaluation() {
        assertThat(where(CaseState::awaitsEvaluation)).containsExactlyInAnyOrder(CLOSED, RESOLVED, PROPOSAL_ANSWERED);
        assertThat(where(CaseState::answered)).containsExactlyInAnyOrder(CLOSED, RESOLVED, PROPOSAL_ANSWERED, EVALUATED);
    }

    @Test
    void openStatesAreThoseStillBeingHandled() {
        assertThat(where(CaseState::open)).containsExactlyInAnyOrder(SUBMITTED, ACCEPTED, REPLIED, DISPATCH_REQUESTED, DISPATCHED,
                FEEDBACK_RECEIVED, REOPENED, PROPOSAL);
        assertThat(where(CaseState::terminal)).containsExactlyInAnyOrder(REJECTED, MERGED);
    }

    @Test
    void onlyAcceptedCasesReachTheWall() {
        assertThat(where(CaseState::accepted)).doesNotContain(SUBMITTED, REJECTED, MERGED)
                .hasSize(CaseState.values().length - 3);
    }

    @Test
    void clockedStages() {
        for (CaseState s : CaseState.values()) {
            Optional<Stage> expected = switch (s) {
                case SUBMITTED -> Optional.of(Stage.REVIEW);
                case ACCEPTED, REOPENED -> Optional.of(Stage.FIRST_REPLY);
                case FEEDBACK_RECEIVED -> Optional.of(Stage.RESIDENT_REPLY);
                default -> Optional.empty();
            };
            assertThat(s.clockedStage()).as(s.name()).isEqualTo(expected);
        }
    }

    @Test
    void guardsOfDispatchAndReply() {
        assertThat(where(CaseState::withDepartments)).containsExactly(DISPATCHED);
        assertThat(where(CaseState::startsNewDispatchRound)).containsExactly(REOPENED);
        for (CaseState s : CaseState.values()) {
            assertThat(CaseLifecycle.firstReply(s, CaseAction.REPLY)).as(s.name()).isEqualTo(s == ACCEPTED);
            assertThat(CaseLifecycle.firstReply(s, CaseAction.RESOLVE)).isFalse();
        }
    }

    @Test
    void namesToBindInSql() {
        assertThat(CaseState.namesWhere(CaseState::terminal)).containsExactlyInAnyOrder("REJECTED", "MERGED");
        assertThat(AssignmentState.namesWhere(AssignmentState::open)).containsExactlyInAnyOrder("HANDLING", "EXTENSION_REQUESTED");
    }

    private static Set<CaseState> where(java.util.function.Predicate<CaseState> rule) {
        Set<CaseState> out = EnumSet.noneOf(CaseState.class);
        for (CaseState s : CaseState.values()) {
            if (rule.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void satisfiedAndBasicallySatisfiedCountAsSatisfied() {
        assertThat(org.mashang.platform.EnumNames.where(Satisfaction.values(), Satisfaction::satisfied)).containsExactly("SATISFIED", "BASICALLY_SATISFIED");
        assertThat(Satisfaction.UNSATISFIED.satisfied()).isFalse();
    }
}

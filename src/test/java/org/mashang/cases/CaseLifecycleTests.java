package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mashang.cases.CaseAction.*;
import static org.mashang.cases.CaseState.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mashang.UnitTest;

/**
 * Every state × every action of the case's state machine, against a table written out here independently
 * of the implementation: allowed pairs go to the expected state, all others are refused with a reason.
 */
@UnitTest
class CaseLifecycleTests {

    static final Map<CaseState, Map<CaseAction, CaseState>> EXPECTED = new EnumMap<>(CaseState.class);

    static void expect(CaseState from, CaseAction action, CaseState to) {
        EXPECTED.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    static {
        expect(SUBMITTED, ACCEPT, ACCEPTED);
        expect(SUBMITTED, REJECT, REJECTED);
        expect(SUBMITTED, MERGE, MERGED);
        expect(ACCEPTED, REPLY, REPLIED);
        expect(ACCEPTED, RAISE_PROPOSAL, PROPOSAL);
        expect(REPLIED, RESOLVE, RESOLVED);
        expect(REPLIED, REQUEST_DISPATCH, DISPATCH_REQUESTED);
        expect(REPLIED, RAISE_PROPOSAL, PROPOSAL);
        expect(DISPATCH_REQUESTED, DISPATCH, DISPATCHED);
        expect(DISPATCH_REQUESTED, RESOLVE, RESOLVED);
        expect(DISPATCH_REQUESTED, RAISE_PROPOSAL, PROPOSAL);
        expect(DISPATCHED, DISPATCH, DISPATCHED);
        expect(DISPATCHED, COMPLETE_FEEDBACK, FEEDBACK_RECEIVED);
        expect(FEEDBACK_RECEIVED, REPLY_TO_RESIDENT, CLOSED);
        expect(FEEDBACK_RECEIVED, DISPATCH, DISPATCHED);
        expect(FEEDBACK_RECEIVED, RAISE_PROPOSAL, PROPOSAL);
        expect(CLOSED, EVALUATE, EVALUATED);
        expect(CLOSED, REOPEN, REOPENED);
        expect(RESOLVED, EVALUATE, EVALUATED);
        expect(RESOLVED, REOPEN, REOPENED);
        expect(PROPOSAL, ANSWER_PROPOSAL, PROPOSAL_ANSWERED);
        expect(PROPOSAL_ANSWERED, EVALUATE, EVALUATED);
        expect(EVALUATED, REOPEN, REOPENED);
        expect(REOPENED, REPLY, REPLIED);
        expect(REOPENED, DISPATCH, DISPATCHED);
        expect(REOPENED, RAISE_PROPOSAL, PROPOSAL);
    }

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(CaseState.values()).flatMap(s -> Stream.of(CaseAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void transitionFollowsTheTable(CaseState state, CaseAction action) {
        CaseState expected = EXPECTED.getOrDefault(state, Map.of()).get(action);
        if (expected != null) {
            assertThat(CaseLifecycle.next(state, action)).isEqualTo(expected);
            assertThat(CaseLifecycle.allows(state, action)).isTrue();
            assertThat(CaseLifecycle.allowed(state)).contains(action);
        } else {
            assertThatThrownBy(() -> CaseLifecycle.next(state, action))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(state.label())
                    .hasMessageContaining(action.label());
            assertThat(CaseLifecycle.allows(state, action)).isFalse();
            assertThat(CaseLifecycle.allowed(state)).doesNotContain(action);
        }
    }

    @Test
    void everyStateIsReachableFromSubmitted() {
        var reached = java.util.EnumSet.of(SUBMITTED);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CaseState s : reached.clone()) {
                for (CaseAction a : CaseLifecycle.allowed(s)) {
                    grew |= reached.add(CaseLifecycle.next(s, a));
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseState.values());
    }

    @Test
    void rejectedAndMergedAreFinal() {
        assertThat(CaseLifecycle.allowed(REJECTED)).isEmpty();
        assertThat(CaseLifecycle.allowed(MERGED)).isEmpty();
    }

    @Test
    void theRefusalIsAClearConflict() {
        assertThatThrownBy(() -> CaseLifecycle.next(SUBMITTED, REPLY_TO_RESIDENT))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("留言当前状态为「待审核」，不能答复群众");
        assertThat(new IllegalTransitionException("x").status().value()).isEqualTo(409);
    }
}

package org.mashang.cases.web;

import java.util.List;
import org.mashang.platform.OutcomeInput;
import org.mashang.platform.OutcomeLine;

/** The outcome lines posted with a deputy's final reply (直接解决, 答复群众): the common indicators, then free ones. */
public class FinalReplyForm {

    static final int FREE_LINES = 2;

    private List<OutcomeLine> outcomes = OutcomeLine.blank(FREE_LINES);

    public List<OutcomeLine> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<OutcomeLine> outcomes) {
        this.outcomes = outcomes;
    }

    List<OutcomeInput> inputs() {
        return OutcomeLine.inputs(outcomes);
    }
}

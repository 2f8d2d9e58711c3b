package org.mashang.cases;

/** One of a deputy's cases that can grow into a proposal (代表建议). */
public record ProposableCase(long id, String ticket, CaseState state, String excerpt) {
}

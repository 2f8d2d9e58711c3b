package org.mashang.proposals;

import java.time.LocalDate;

/** A deputy's proposals for their record (履职档案). */
public interface DeputyProposals {

    /** Proposals submitted from {@code from} to {@code to} (both included) that the deputy led or co-signed. */
    Counts of(long deputyId, LocalDate from, LocalDate to);

    /** @param answeredAOrB led proposals answered class A (solved or adopted) or B (being solved or planned) */
    record Counts(long led, long cosigned, long answeredAOrB) {
    }
}

package org.mashang.receptions;

/** Deputies' records (履职档案), computed from data whenever asked. */
public interface DeputyRecords {

    /** The deputy's record for a calendar year (China dates). */
    DeputyRecord of(long deputyId, int year);
}

package org.mashang.receptions.internal;

import org.jspecify.annotations.Nullable;

/**
 * One issue a resident raised, as staff typed it.
 *
 * @param deputyId the deputy who takes it up; null for the station's pool (the reviewer assigns it)
 */
public record IssueInput(@Nullable Long deputyId, long categoryId, Long blockId, String text, boolean wantsPublic, String residentName,
                         String residentPhone, String submissionKey) {
}

package org.mashang.cases.internal;

import java.util.List;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.Channel;
import org.mashang.platform.Attachment;

/**
 * A message as submitted, already validated by the form.
 *
 * @param enteredBy       staff who entered a message received offline (reception day, forum …); null when the resident wrote it
 * @param occasion        where and when an offline message was received, e.g. "11月15日接待日"
 * @param residentEmail   where the resident wants to hear about the case, besides or instead of the phone
 * @param contactVerified the resident proved, by a one-time code, that they hold {@code residentPhone}
 */
public record NewMessage(Long deputyId, long stationId, long streetId, Channel channel, long categoryId, Long blockId, String text,
                         boolean wantsPublic, String residentName, String residentPhone, List<Attachment> photos,
                         String submissionKey, StaffUser enteredBy, String occasion, String residentEmail,
                         boolean contactVerified) {

    public NewMessage(Long deputyId, long stationId, long streetId, Channel channel, long categoryId, Long blockId, String text,
                      boolean wantsPublic, String residentName, String residentPhone, List<Attachment> photos,
                      String submissionKey, StaffUser enteredBy, String occasion) {
        this(deputyId, stationId, streetId, channel, categoryId, blockId, text, wantsPublic, residentName, residentPhone, photos,
                submissionKey, enteredBy, occasion, null, false);
    }

    public NewMessage(Long deputyId, long stationId, long streetId, Channel channel, long categoryId, Long blockId, String text,
                      boolean wantsPublic, String residentName, String residentPhone, List<Attachment> photos,
                      String submissionKey) {
        this(deputyId, stationId, streetId, channel, categoryId, blockId, text, wantsPublic, residentName, residentPhone, photos,
                submissionKey, null, null);
    }
}

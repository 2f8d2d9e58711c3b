package org.mashang.cases.internal;

import java.util.List;
import org.mashang.cases.Channel;

/** A message as submitted, already validated by the form. */
public record NewMessage(Long deputyId, long stationId, long streetId, Channel channel, long categoryId, Long blockId, String text,
                         boolean wantsPublic, String residentName, String residentPhone, List<Photo> photos,
                         String submissionKey) {

    public record Photo(byte[] content, String contentType) {
    }
}

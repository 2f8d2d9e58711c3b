package org.mashang.cases;

import org.jspecify.annotations.Nullable;

/**
 * Messages another platform sends on a resident's behalf (a 12345 portal, a mini-program, through the Open311 API). They
 * enter the same closed loop as a message left by QR code: submitted, waiting for review, reviewed like any message.
 */
public interface PlatformIntake {

    /**
     * Enters one message as a new case with the channel {@link Channel#GOV_PLATFORM}. Refused with a
     * {@link org.mashang.platform.FieldProblem} naming the field: {@code stationId} (an active station),
     * {@code deputyId} (a serving deputy of that station), {@code categoryId}, {@code blockId} (a block of the station's
     * street), {@code text}, {@code name}, {@code phone}, {@code email}.
     */
    Receipt submit(Message message);

    /**
     * @param platform      the client's name, shown on the timeline ("经 12345 政务平台")
     * @param residentPhone as given; normalized and checked here
     */
    record Message(String platform, long stationId, @Nullable Long deputyId, long categoryId, @Nullable Long blockId, String text,
                   String residentName, String residentPhone, String residentEmail) {
    }

    record Receipt(long caseId, String ticket) {
    }
}

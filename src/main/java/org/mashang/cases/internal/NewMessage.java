package org.mashang.cases.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.Channel;
import org.mashang.platform.Attachment;

/**
 * A message as submitted, already validated by the form: where it goes, what it says, who left it and, for one received
 * offline, who entered it. The accessors below the parts read it the way the row is stored.
 *
 * @param offline null when the resident wrote it themselves
 */
public record NewMessage(Addressee to, Channel channel, Content content, Resident resident, @Nullable Offline offline,
                         String submissionKey) {

    /** @param deputyId null for a message left for the whole station (the pool) */
    public record Addressee(@Nullable Long deputyId, long stationId, long streetId) {
    }

    /** @param blockId the block of the street it is about; null when not said */
    public record Content(long categoryId, @Nullable Long blockId, String text, boolean wantsPublic, List<Attachment> photos) {
    }

    /**
     * @param email         where the resident wants to hear about the case, besides or instead of the phone
     * @param phoneVerified the resident proved, by a one-time code, that they hold {@code phone}
     */
    public record Resident(String name, String phone, String email, boolean phoneVerified) {

        public static final Resident ANONYMOUS = new Resident(null, null, null, false);
    }

    /** Staff who entered a message received offline, and where and when, e.g. "11月15日接待日". */
    public record Offline(StaffUser enteredBy, String occasion) {
    }

    public Long deputyId() {
        return to.deputyId();
    }

    public long stationId() {
        return to.stationId();
    }

    public long streetId() {
        return to.streetId();
    }

    public long categoryId() {
        return content.categoryId();
    }

    public Long blockId() {
        return content.blockId();
    }

    public String text() {
        return content.text();
    }

    public boolean wantsPublic() {
        return content.wantsPublic();
    }

    public List<Attachment> photos() {
        return content.photos();
    }

    public String residentName() {
        return resident.name();
    }

    public String residentPhone() {
        return resident.phone();
    }

    public String residentEmail() {
        return resident.email();
    }

    public boolean contactVerified() {
        return resident.phoneVerified();
    }

    public StaffUser enteredBy() {
        return offline == null ? null : offline.enteredBy();
    }

    public String occasion() {
        return offline == null ? null : offline.occasion();
    }
}

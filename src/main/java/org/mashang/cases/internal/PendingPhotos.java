package org.mashang.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of a refused message form, kept under the form's submission key for a day so that the resident need not
 * pick them again after fixing a field. Only what passed the upload checks is kept.
 */
@Repository
@Transactional
@RequiredArgsConstructor
public class PendingPhotos {

    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    /** A kept photo and its place among the kept ones (1, 2, 3). */
    public record Kept(int position, Attachment photo) {
    }

    @Transactional(readOnly = true)
    public List<Kept> kept(String submissionKey) {
        if (submissionKey == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select position, content_type, content from pending_photo
                        where submission_key = :key and created_at > :since order by position""")
                .param("key", submissionKey).param("since", java.sql.Timestamp.from(clock.instant().minus(KEPT)))
                .query((rs, n) -> new Kept(rs.getInt(1), new Attachment(rs.getBytes(3), rs.getString(2)))).list();
    }

    /** Replaces what is kept under the key with these photos, in order; old leftovers of anyone are cleared too. */
    public void keep(String submissionKey, List<Attachment> photos) {
        jdbc.sql("delete from pending_photo where created_at < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(KEPT))).update();
        forget(submissionKey);
        int position = 1;
        for (Attachment photo : photos) {
            jdbc.sql("""
                            insert into pending_photo (submission_key, position, content_type, content, created_at)
                            values (:key, :position, :type, :content, :at)""")
                    .param("key", submissionKey).param("position", position++).param("type", photo.contentType())
                    .param("content", photo.content()).param("at", java.sql.Timestamp.from(clock.instant())).update();
        }
    }

    /** The photos kept for the messages just stored (committed together), in one statement: in the caller's transaction. */
    public void forgetAll(java.util.Collection<String> submissionKeys) {
        jdbc.sql("delete from pending_photo where submission_key = any(:keys)").param("keys", submissionKeys.toArray(String[]::new))
                .update();
    }

    private void forget(String submissionKey) {
        jdbc.sql("delete from pending_photo where submission_key = :key").param("key", submissionKey).update();
    }
}

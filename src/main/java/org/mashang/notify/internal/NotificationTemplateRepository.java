package org.mashang.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.internal.NotificationTemplates.Template;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices' texts, one per template and language, as the administrators last edited them. */
@Repository
@RequiredArgsConstructor
class NotificationTemplateRepository {

    private final JdbcClient jdbc;

    List<Template> all() {
        return jdbc.sql("select * from notification_template order by template_key, locale").query(Template.class).list();
    }

    Optional<Template> find(long id) {
        return jdbc.sql("select * from notification_template where id = :id").param("id", id).query(Template.class).optional();
    }

    Optional<Template> find(String key, String locale) {
        return jdbc.sql("select * from notification_template where template_key = :k and locale = :l")
                .param("k", key).param("l", locale).query(Template.class).optional();
    }

    void update(long id, String subject, String body, Instant now, String username) {
        jdbc.sql("update notification_template set subject = :s, body = :b, updated_at = :now, updated_by = :u where id = :id")
                .param("s", subject).param("b", body).param("now", Timestamp.from(now)).param("u", username).param("id", id)
                .update();
    }
}

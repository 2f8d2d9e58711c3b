package org.mashang.cases.internal;

import java.sql.Types;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.ReplyTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reply templates (常用语): personal ({@code owner_user_id}) or shared in a street ({@code region_id}). */
@Repository
@RequiredArgsConstructor
class ReplyTemplateRepository {

    private final JdbcClient jdbc;

    /** The user's own and the street's shared templates; a null street adds none. */
    List<ReplyTemplate> available(long userId, Long streetId) {
        return jdbc.sql("""
                        select id, title, body, region_id is not null as shared from reply_template
                        where owner_user_id = :user or region_id = :street
                        order by region_id is not null, title, id""")
                .param("user", userId).param("street", streetId, Types.BIGINT).query(ReplyTemplate.class).list();
    }

    long countPersonal(long userId) {
        return jdbc.sql("select count(*) from reply_template where owner_user_id = :user").param("user", userId).query(Long.class).single();
    }

    long countShared(long regionId) {
        return jdbc.sql("select count(*) from reply_template where region_id = :region").param("region", regionId).query(Long.class).single();
    }

    /** @param regionId null for a personal template of {@code by}, else the street it is shared in */
    void insert(@Nullable Long regionId, String title, String body, long by) {
        jdbc.sql("insert into reply_template (owner_user_id, region_id, title, body, created_by) values (:owner, :region, :t, :b, :by)")
                .param("owner", regionId == null ? by : null, Types.BIGINT).param("region", regionId, Types.BIGINT)
                .param("t", title).param("b", body).param("by", by).update();
    }

    /** Deletes the user's own template, or one shared in {@code sharedRegionId} (null: own ones only); false when none. */
    boolean delete(long id, long userId, Long sharedRegionId) {
        return jdbc.sql("delete from reply_template where id = :id and (owner_user_id = :user or region_id = :region)")
                .param("id", id).param("user", userId).param("region", sharedRegionId, Types.BIGINT).update() > 0;
    }
}

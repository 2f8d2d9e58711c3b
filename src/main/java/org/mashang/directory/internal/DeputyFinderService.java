package org.mashang.directory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.DeputyFinder;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DeputyFinderService implements DeputyFinder {

    private final JdbcClient jdbc;
    private final Directory directory;

    DeputyFinderService(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public List<Place> communities() {
        return jdbc.sql("""
                        select c.id, c.name, st.name from region c join region st on st.id = c.parent_id
                        where c.level in ('COMMUNITY', 'VILLAGE') and c.active
                          and exists (select 1 from region b where b.parent_id = c.id and b.level = 'BLOCK' and b.active)
                          and exists (select 1 from station s where s.active and st.path like (select path from region where id = s.region_id) || '%')
                        order by st.name, c.name""")
                .query((rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public List<Ref> blocksOf(long communityId) {
        return jdbc.sql("select id, name from region where parent_id = :c and level = 'BLOCK' and active order by name")
                .param("c", communityId).query((rs, n) -> new Ref(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    public List<Place> searchBlocks(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select b.id, b.name, c.name from region b join region c on c.id = b.parent_id
                        where b.level = 'BLOCK' and b.active and c.active and (b.name like :q or c.name like :q)
                        order by c.name, b.name limit :limit""")
                .param("q", like).param("limit", limit)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public Optional<Place> block(long blockId) {
        return jdbc.sql("""
                        select b.id, b.name, c.name from region b join region c on c.id = b.parent_id
                        where b.id = :id and b.level = 'BLOCK' and b.active""")
                .param("id", blockId).query((rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    @Override
    public List<DeputyCard> covering(long blockId) {
        List<Long> ids = jdbc.sql("""
                        select d.id from deputy d, region b
                        where b.id = :block and d.active
                          and (exists (select 1 from deputy_block db where db.deputy_id = d.id and db.block_id = b.id)
                               or exists (select 1 from constituency_area ca join region a on a.id = ca.region_id
                                          where ca.constituency_id = d.constituency_id and b.path like a.path || '%')
                               or (not exists (select 1 from constituency_area ca where ca.constituency_id = d.constituency_id)
                                   and exists (select 1 from constituency k join region r on r.id = k.region_id
                                               where k.id = d.constituency_id and k.active and b.path like r.path || '%')))""")
                .param("block", blockId).query(Long.class).list();
        // the most local level first: a district deputy is closer to the block than a provincial one
        return ids.stream().map(directory::deputy).flatMap(Optional::stream).filter(DeputyCard::serving)
                .sorted(Comparator.comparing((DeputyCard d) -> d.level().ordinal()).reversed().thenComparing(DeputyCard::name))
                .toList();
    }
}

package org.mashang.directory.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyFinder.Place;
import org.mashang.directory.Ref;
import org.mashang.directory.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The places a resident picks to find their deputy (communities, villages and their blocks), and who covers a block. */
@Repository
@RequiredArgsConstructor
class PlaceRepository {

    /** The levels of region a community can be. */
    private static final List<String> COMMUNITIES = List.of(RegionLevel.COMMUNITY.name(), RegionLevel.VILLAGE.name());

    private final JdbcClient jdbc;

    /** Active communities with active blocks, in streets a station serves; within: the street. */
    List<Place> communities() {
        return jdbc.sql("""
                        select c.id, c.name, st.name as within from region c join region st on st.id = c.parent_id
                        where c.level in (:communities) and c.active
                          and exists (select 1 from region b where b.parent_id = c.id and b.level = :block and b.active)
                          and exists (select 1 from station s where s.active and st.path like (select path from region where id = s.region_id) || '%')
                        order by st.name, c.name""")
                .param("communities", COMMUNITIES).param("block", RegionLevel.BLOCK.name()).query(Place.class).list();
    }

    /** Active communities of the street with active blocks; within: the street. */
    List<Place> communitiesOf(long streetId) {
        return jdbc.sql("""
                        select c.id, c.name, st.name as within from region c join region st on st.id = c.parent_id
                        where c.parent_id = :street and c.level in (:communities) and c.active
                          and exists (select 1 from region b where b.parent_id = c.id and b.level = :block and b.active)
                        order by c.name""")
                .param("street", streetId).param("communities", COMMUNITIES).param("block", RegionLevel.BLOCK.name())
                .query(Place.class).list();
    }

    List<Ref> blocksOf(long communityId) {
        return jdbc.sql("select id, name from region where parent_id = :c and level = :block and active order by name")
                .param("c", communityId).param("block", RegionLevel.BLOCK.name()).query(Ref.class).list();
    }

    /** Active blocks whose name or community's name is like the pattern; within: the community. */
    List<Place> blocksLike(String like, int limit) {
        return jdbc.sql("""
                        select b.id, b.name, c.name as within from region b join region c on c.id = b.parent_id
                        where b.level = :block and b.active and c.active and (b.name like :q or c.name like :q)
                        order by c.name, b.name limit :limit""")
                .param("q", like).param("limit", limit).param("block", RegionLevel.BLOCK.name()).query(Place.class).list();
    }

    Optional<Place> block(long blockId) {
        return jdbc.sql("""
                        select b.id, b.name, c.name as within from region b join region c on c.id = b.parent_id
                        where b.id = :id and b.level = :block and b.active""")
                .param("id", blockId).param("block", RegionLevel.BLOCK.name()).query(Place.class).optional();
    }

    /**
     * Active deputies covering the block: linked to it, or elected in a constituency whose areas (or, without areas, whose
     * region) hold it.
     */
    List<Long> deputiesCovering(long blockId) {
        return jdbc.sql("""
                        select d.id from deputy d, region b
                        where b.id = :block and d.active
                          and (exists (select 1 from deputy_block db where db.deputy_id = d.id and db.block_id = b.id)
                               or exists (select 1 from constituency_area ca join region a on a.id = ca.region_id
                                          where ca.constituency_id = d.constituency_id and b.path like a.path || '%')
                               or (not exists (select 1 from constituency_area ca where ca.constituency_id = d.constituency_id)
                                   and exists (select 1 from constituency k join region r on r.id = k.region_id
                                               where k.id = d.constituency_id and k.active and b.path like r.path || '%')))""")
                .param("block", blockId).query(Long.class).list();
    }
}

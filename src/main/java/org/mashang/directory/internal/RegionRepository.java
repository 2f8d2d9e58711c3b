package org.mashang.directory.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class RegionRepository {

    private static final String COLUMNS = "id, parent_id, level, name, path, active";

    private final JdbcClient jdbc;

    public Optional<Region> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from region where id = :id").param("id", id).query(Region.class).optional();
    }

    public List<Region> children(Long parentId) {
        String where = parentId == null ? "parent_id is null" : "parent_id = :parent";
        var spec = jdbc.sql("select " + COLUMNS + " from region where " + where + " order by active desc, name");
        if (parentId != null) {
            spec = spec.param("parent", parentId);
        }
        return spec.query(Region.class).list();
    }

    /** The region and everything above it, root first. */
    public List<Region> lineage(Region region) {
        List<Long> ids = Arrays.stream(region.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        return jdbc.sql("select " + COLUMNS + " from region where id in (:ids) order by length(path)")
                .param("ids", ids).query(Region.class).list();
    }

    public List<Region> ofLevels(List<RegionLevel> levels, boolean activeOnly) {
        return jdbc.sql("select " + COLUMNS + " from region where level in (:levels)" + (activeOnly ? " and active" : "") + " order by path")
                .param("levels", levels.stream().map(Enum::name).toList())
                .query(Region.class).list();
    }

    public List<Region> descendantsOfLevel(Region ancestor, RegionLevel level) {
        return jdbc.sql("select " + COLUMNS + " from region where path like :prefix and level = :level and active order by name")
                .param("prefix", ancestor.path() + "%").param("level", level.name())
                .query(Region.class).list();
    }

    public long insert(Long parentId, RegionLevel level, String name, String parentPath) {
        long id = jdbc.sql("insert into region (parent_id, level, name) values (:parent, :level, :name) returning id")
                .param("parent", parentId).param("level", level.name()).param("name", name)
                .query(Long.class).single();
        jdbc.sql("update region set path = :path where id = :id").param("path", parentPath + id + "/").param("id", id).update();
        return id;
    }

    public void rename(long id, String name) {
        jdbc.sql("update region set name = :name where id = :id").param("name", name).param("id", id).update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update region set active = :active where id = :id").param("active", active).param("id", id).update();
    }
}

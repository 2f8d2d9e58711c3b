package org.mashang.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.directory.RegionLevel;

/** The region tree the directory answers "is this within that" from: down to the streets, in the database's order. */
@UnitTest
class RegionTreeTests {

    static final Region PROVINCE = new Region(1, null, RegionLevel.PROVINCE, "湖南省", "/1/", true);
    static final Region CITY = new Region(2, 1L, RegionLevel.CITY, "长沙市", "/1/2/", true);
    static final Region DISTRICT = new Region(3, 2L, RegionLevel.DISTRICT, "岳麓区", "/1/2/3/", true);
    static final Region OTHER_DISTRICT = new Region(13, 2L, RegionLevel.DISTRICT, "天心区", "/1/2/13/", true);
    static final Region STREET = new Region(4, 3L, RegionLevel.STREET, "万楼街道", "/1/2/3/4/", true);
    static final Region CLOSED_STREET = new Region(14, 13L, RegionLevel.STREET, "旧街道", "/1/2/13/14/", false);
    static final Region COMMUNITY = new Region(5, 4L, RegionLevel.COMMUNITY, "万楼社区", "/1/2/3/4/5/", true);
    static final Region BLOCK = new Region(6, 5L, RegionLevel.BLOCK, "第1区块", "/1/2/3/4/5/6/", true);

    final RegionTree tree = new RegionTree(List.of(PROVINCE, CITY, DISTRICT, STREET, COMMUNITY, BLOCK, OTHER_DISTRICT,
            CLOSED_STREET));

    @Test
    void holdsTheRegionsDownToTheStreetsAndNotBelow() {
        assertThat(tree.size()).isEqualTo(6);
        assertThat(tree.knows(STREET.id())).isTrue();
        assertThat(tree.knows(CLOSED_STREET.id())).as("an inactive street is still a place in the tree").isTrue();
        assertThat(tree.knows(COMMUNITY.id())).as("communities are asked of the database").isFalse();
        assertThat(tree.knows(BLOCK.id())).isFalse();
        assertThat(tree.knows(99)).isFalse();
    }

    @Test
    void aRegionIsWithinItselfAndEveryRegionAboveIt() {
        assertThat(tree.isWithin(STREET.id(), STREET.id())).isTrue();
        assertThat(tree.isWithin(STREET.id(), DISTRICT.id())).isTrue();
        assertThat(tree.isWithin(STREET.id(), PROVINCE.id())).isTrue();
        assertThat(tree.isWithin(DISTRICT.id(), STREET.id())).as("not below its own street").isFalse();
        assertThat(tree.isWithin(STREET.id(), OTHER_DISTRICT.id())).isFalse();
        assertThat(tree.isWithin(CLOSED_STREET.id(), OTHER_DISTRICT.id())).isTrue();
        assertThat(tree.isWithin(STREET.id(), 99)).as("an unknown region holds nothing").isFalse();
        assertThat(tree.isWithin(99, PROVINCE.id())).isFalse();
    }

    @Test
    void aStreetsLineageRunsFromTheRootDown() {
        assertThat(tree.lineage(STREET.id())).containsExactly(PROVINCE, CITY, DISTRICT, STREET);
        assertThat(tree.lineage(PROVINCE.id())).containsExactly(PROVINCE);
        assertThat(tree.lineage(COMMUNITY.id())).isEmpty();
    }

    @Test
    void activeRegionsOfSomeLevelsComeInTheOrderGiven() {
        assertThat(tree.active(EnumSet.of(RegionLevel.STREET))).containsExactly(STREET);
        assertThat(tree.active(EnumSet.of(RegionLevel.CITY, RegionLevel.DISTRICT))).containsExactly(CITY, DISTRICT, OTHER_DISTRICT);
        assertThat(tree.find(DISTRICT.id())).contains(DISTRICT);
        assertThat(tree.find(BLOCK.id())).isEmpty();
    }
}

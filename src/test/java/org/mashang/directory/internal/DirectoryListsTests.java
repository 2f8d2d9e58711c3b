package org.mashang.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestData;
import org.mashang.directory.RegionLevel;
import org.mashang.directory.StationCard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The directory's province-size lists are ready before the first visitor (readiness waits for them) and, after an
 * administrator's change, renewed before the change's request ends rather than dropped: the next page the administrator
 * sees reads the new lists from memory.
 */
@IntegrationTest
class DirectoryListsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DirectoryLists lists;
    @Autowired
    CachedDirectory directory;
    @Autowired
    DirectoryAdmin admin;

    @Test
    void theListsAreLoadedByTheTimeTheApplicationIsReady() throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus() != 200
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);
        DirectoryLists.Lists held = lists.current();
        assertThat(held).isNotNull();
        assertThat(held.stations()).isNotEmpty();
        assertThat(held.tree().size()).isPositive();
    }

    @Test
    void anAdministratorsChangeRenewsTheListsBeforeItReturns() {
        try (TestData data = TestData.of(mvc)) {
            TestData.Street street = data.street().create();
            long newStreet = admin.createRegion(street.district(), RegionLevel.STREET, "新街道" + street.key());
            DirectoryLists.Lists before = lists.current();
            long station = admin.saveStation(null, newStreet, "新街道" + street.key() + "联络站", "新路1号", "0731-1", "周一");

            DirectoryLists.Lists after = lists.current();
            assertThat(after).as("renewed, not dropped").isNotNull().isNotSameAs(before);
            assertThat(after.stations()).extracting(StationCard::id).contains(station);
            assertThat(directory.activeStations()).as("read from the renewed lists").isSameAs(after.stations());
            assertThat(after.tree().knows(newStreet)).isTrue();
            assertThat(directory.isWithin(newStreet, street.district())).isTrue();
            assertThat(directory.isWithin(newStreet, street.id())).isFalse();
            assertThat(directory.activeStationsWithin(street.district())).extracting(StationCard::id).contains(station, street.station());
            admin.setStationActive(station, false);
            admin.setRegionActive(newStreet, false);
            assertThat(directory.activeStations()).extracting(StationCard::id).doesNotContain(station);
        }
    }
}

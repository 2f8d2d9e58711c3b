package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** Each kind of scope turns into its own condition on {@code cases c}, its values bound, never written into the SQL. */
@UnitTest
class CaseScopeTests {

    @Test
    void everythingAndNothing() {
        assertThat(ScopeCondition.of(CaseScope.EVERYTHING).sees).isEqualTo("true");
        assertThat(ScopeCondition.params(CaseScope.EVERYTHING)).isEqualTo(Map.of());
        assertThat(ScopeCondition.of(CaseScope.NOTHING).sees).isEqualTo("false");
        assertThat(ScopeCondition.params(CaseScope.NOTHING)).isEqualTo(Map.of());
    }

    @Test
    void aRegionSeesTheCasesUnderItsKey() {
        CaseScope scope = new CaseScope.Region("1.4.");
        assertThat(ScopeCondition.of(scope).sees).isEqualTo("c.scope_key like :scopePrefix");
        assertThat(ScopeCondition.params(scope)).containsExactlyEntriesOf(Map.of("scopePrefix", "1.4.%"));
    }

    @Test
    void aStreetSeesTheCasesOfItsOwnKeyAsAnEquality() {
        CaseScope street = new CaseScope.Street("/1/2/3/4/");
        // every case's scope key is its street's: an equality lets the queues read one state in order from an index
        assertThat(ScopeCondition.of(street).sees).isEqualTo("c.scope_key = :scopeKey");
        assertThat(ScopeCondition.params(street)).containsOnly(Map.entry("scopeKey", "/1/2/3/4/"), Map.entry("scopePrefix", "/1/2/3/4/%"));
        assertThat(street.holds("/1/2/3/4/")).isTrue();
        assertThat(street.holds("/1/2/3/")).as("transferred to the district").isFalse();
    }

    @Test
    void aDeputySeesTheirOwnCasesTheirStationsPoolAndTheCasesTheyJoined() {
        CaseScope scope = new CaseScope.Deputy(7, 3);
        ScopeCondition c = ScopeCondition.of(scope);
        // the ids from three indexes (an OR with EXISTS made the planner read every case)
        assertThat(c.sees).startsWith("c.id in (select x.id from cases x where x.deputy_id = :scopeDeputy")
                .contains("x.pool and x.station_id = :scopeStation", "from case_co_deputy j", "j.deputy_id = :scopeDeputy");
        assertThat(ScopeCondition.params(scope)).containsOnly(Map.entry("scopeDeputy", 7L), Map.entry("scopeStation", 3L));
        assertThat(c.holds).isEqualTo("false");
    }

    @Test
    void anUpperCommitteeSeesItsOwnAndWhatWasTransferredToItAndHoldsOnlyWhatItHolds() {
        CaseScope scope = new CaseScope.Committee("/1/2/3/");
        ScopeCondition c = ScopeCondition.of(scope);
        // its own cases by their key, the transferred ones from case_transfer's index, in the queues as in the search
        assertThat(c.sees).startsWith("c.id in (select x.id from cases x where x.scope_key = :scopeKey")
                .contains("union all select t.case_id from case_transfer t where t.to_key = :scopeKey").doesNotContain(" or ");
        assertThat(c.holds).isEqualTo("c.holding_key = :scopeKey");
        assertThat(ScopeCondition.params(scope)).containsExactlyEntriesOf(Map.of("scopeKey", "/1/2/3/"));
    }

    @Test
    void theSearchReadsAnUpperCommitteesCasesFromTwoIndexesAndChecksADeputysRowByRow() {
        ScopeCondition c = ScopeCondition.of(new CaseScope.Committee("/1/2/3/"));
        // its own cases by their key, the transferred ones from case_transfer's index (an OR with EXISTS read every case)
        assertThat(c.sees).startsWith("c.id in (select x.id from cases x where x.scope_key = :scopeKey")
                .contains("union all select t.case_id from case_transfer t where t.to_key = :scopeKey").doesNotContain(" or ");
        assertThat(c.checked).isEqualTo(c.sees);
        assertThat(c.parts).containsExactly("c.scope_key = :scopeKey",
                "c.id in (select t.case_id from case_transfer t where t.to_key = :scopeKey)");
        // among the newest cases read, a deputy's are told apart row by row rather than by gathering all of theirs
        ScopeCondition d = ScopeCondition.of(new CaseScope.Deputy(7, 3));
        assertThat(d.checked).startsWith("c.deputy_id = :scopeDeputy or (c.pool and c.station_id = :scopeStation)")
                .contains("exists (select 1 from case_co_deputy j where j.case_id = c.id and j.deputy_id = :scopeDeputy)");
        // a page of a deputy's newest is taken from each part's index and merged, not from all of theirs gathered
        assertThat(d.parts).containsExactly("c.deputy_id = :scopeDeputy", "c.pool and c.station_id = :scopeStation",
                "c.id in (select j.case_id from case_co_deputy j where j.deputy_id = :scopeDeputy)");
        for (ScopeCondition other : ScopeCondition.values()) {
            if (other != ScopeCondition.COMMITTEE && other != ScopeCondition.DEPUTY) {
                assertThat(other.checked).as(other.name()).isEqualTo(other.sees);
            }
            if (other != ScopeCondition.DEPUTY && other != ScopeCondition.COMMITTEE) {
                assertThat(other.parts).as(other.name()).isEmpty();
            }
        }
    }

    @Test
    void aStreetHoldsItsCasesUntilTheyAreTransferredUp() {
        CaseScope street = new CaseScope.Region("/1/2/3/4/");
        assertThat(street.holds("/1/2/3/4/")).isTrue();
        assertThat(street.holds("/1/2/3/")).as("transferred to the district").isFalse();
        assertThat(ScopeCondition.of(street).holds).isEqualTo("coalesce(c.holding_key, c.scope_key) like :scopePrefix");
        CaseScope district = new CaseScope.Committee("/1/2/3/");
        assertThat(district.holds("/1/2/3/")).isTrue();
        assertThat(district.holds("/1/2/3/4/")).as("sent back down to the street").isFalse();
        assertThat(district.holds("/1/2/")).as("transferred on to the city").isFalse();
        assertThat(CaseScope.EVERYTHING.holds("/1/")).isTrue();
        assertThat(CaseScope.NOTHING.holds("/1/")).isFalse();
    }

    @Test
    void aDepartmentSeesTheCasesItWasAssigned() {
        CaseScope scope = new CaseScope.Department(12);
        assertThat(ScopeCondition.of(scope).sees).contains("from assignment a", "a.department_id = :scopeDepartment");
        assertThat(ScopeCondition.params(scope)).containsExactlyEntriesOf(Map.of("scopeDepartment", 12L));
    }

    @Test
    void withoutTheRoleAUserSeesNothing() {
        assertThat(CaseScope.of(null, org.mashang.accounts.Role.REVIEWER, null)).isEqualTo(CaseScope.NOTHING);
    }
}

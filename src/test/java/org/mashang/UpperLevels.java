package org.mashang;

import java.util.List;

/**
 * The levels above a street of a test's own ({@link TestData.StreetBuilder#withDistrictCommittee},
 * {@link TestData.StreetBuilder#withCityCommittee}): a city of its own with its standing committee and dispatcher, and
 * the district's standing committee with its head, reviewer, dispatcher and bureaus, each bureau with an account.
 */
final class UpperLevels {

    private UpperLevels() {
    }

    /** A city of its own in the installation's province, with its 人大常委会 and a dispatcher. */
    static TestData.CityCommittee city(TestRows rows, String key) {
        long province = rows.insert("select parent_id from region where id = ?", rows.city());
        long city = rows.region(province, "CITY", "测试市-" + key);
        String name = "测试市-" + key + "人大常委会";
        return new TestData.CityCommittee(city, rows.committee(city, name, "测试市主任-" + key, "0731-59990003"), name,
                rows.account(key + "-city-dispatcher", "测试市交办员", "DISPATCHER", city, null, null));
    }

    /** The district's 人大常委会 with its head, reviewer, dispatcher and the bureaus (区级职能部门) named. */
    static TestData.DistrictCommittee district(TestRows rows, String key, long district, List<String> bureaus) {
        String name = "测试区-" + key + "人大常委会";
        return new TestData.DistrictCommittee(rows.committee(district, name, "测试区主任-" + key, "0731-59990002"), name,
                "测试区主任-" + key, rows.account(key + "-district-reviewer", "测试区审核员", "REVIEWER", district, null, null),
                rows.account(key + "-district-dispatcher", "测试区交办员", "DISPATCHER", district, null, null),
                rows.departments(key, district, "DISTRICT", "bureau", bureaus));
    }
}

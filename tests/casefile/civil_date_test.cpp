// Date parsing and arithmetic the deadline checks rely on.
#include <gtest/gtest.h>

#include "casefile/civil_date.hpp"

namespace amparo {
namespace {

TEST(CivilDate, ParsesExactAndPartialDates) {
    auto day = parse_civil_date("2019-03-03");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->precision, DatePrecision::Day);
    auto month = parse_civil_date("2019-03");
    ASSERT_TRUE(month);
    EXPECT_EQ(month->precision, DatePrecision::Month);
    EXPECT_EQ(to_iso(*month), "2019-03");
    EXPECT_EQ(to_iso(last_day_of(*month)), "2019-03-31");
    EXPECT_EQ(to_iso(last_day_of(*parse_civil_date("2020-02"))), "2020-02-29");
    EXPECT_EQ(to_iso(last_day_of(*parse_civil_date("2019"))), "2019-12-31");
}

TEST(CivilDate, RefusesDaysThatDoNotExist) {
    EXPECT_FALSE(parse_civil_date("2023-02-29"));
    EXPECT_TRUE(parse_civil_date("2024-02-29"));
    EXPECT_FALSE(parse_civil_date("1900-02-29"));
    EXPECT_TRUE(parse_civil_date("2000-02-29"));
    EXPECT_FALSE(parse_civil_date("2019-13"));
    EXPECT_FALSE(parse_civil_date("March 3, 2019"));
}

TEST(CivilDate, DaysSinceEpochRoundTrips) {
    EXPECT_EQ(days_since_epoch(CivilDate{1970, 1, 1}), 0);
    EXPECT_EQ(days_since_epoch(CivilDate{2000, 3, 1}), 11017);
    for (std::int64_t day : {-1000, 0, 11016, 11017, 19782, 20000}) {
        EXPECT_EQ(days_since_epoch(date_from_days(day)), day);
    }
}

TEST(CivilDate, AddYearsMovesLeapDayToMarchFirst) {
    EXPECT_EQ(to_iso(add_years(CivilDate{2019, 3, 3}, 1)), "2020-03-03");
    EXPECT_EQ(to_iso(add_years(CivilDate{2020, 2, 29}, 1)), "2021-03-01");
}

TEST(CivilDate, PartialDatesSortByTheirFirstDay) {
    EXPECT_LT(*parse_civil_date("2019-02-28"), *parse_civil_date("2019-03"));
    EXPECT_LT(*parse_civil_date("2019-03"), *parse_civil_date("2019-03-02"));
}

}  // namespace
}  // namespace amparo

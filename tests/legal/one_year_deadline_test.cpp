// The one-year deadline from an arrival known by its day, its month or its year.
#include "legal/one_year_deadline.hpp"

#include <gtest/gtest.h>

namespace amparo::legal {
namespace {

CivilDate date(const char* text) { return *parse_civil_date(text); }

TEST(OneYearDeadline, AnExactArrivalIsDueOnItsAnniversary) {
    const OneYearDue due = one_year_due(date("2023-02-20"));
    EXPECT_EQ(to_iso(due.earliest), "2024-02-20");
    EXPECT_EQ(to_iso(due.latest), "2024-02-20");
    // Filed on the anniversary is within the year; the day after is not.
    EXPECT_EQ(timeliness(due, date("2024-02-20")), Timeliness::Timely);
    EXPECT_EQ(timeliness(due, date("2024-02-21")), Timeliness::Late);
}

TEST(OneYearDeadline, AnArrivalKnownByItsMonthIsDueSomeDayOfThatMonth) {
    const OneYearDue due = one_year_due(date("2015-03"));
    EXPECT_EQ(to_iso(due.due), "2016-03");
    EXPECT_EQ(to_iso(due.earliest), "2016-03-01");
    EXPECT_EQ(to_iso(due.latest), "2016-03-31");
    EXPECT_EQ(timeliness(due, date("2016-03-01")), Timeliness::Timely);
    // March 20, 2016 is within the year for an arrival on March 20, 2015 or later, not before.
    EXPECT_EQ(timeliness(due, date("2016-03-20")), Timeliness::DependsOnArrivalDay);
    EXPECT_EQ(timeliness(due, date("2016-03-31")), Timeliness::DependsOnArrivalDay);
    EXPECT_EQ(timeliness(due, date("2016-04-01")), Timeliness::Late);
}

TEST(OneYearDeadline, AnArrivalKnownByItsYearSpansTheWholeNextYear) {
    const OneYearDue due = one_year_due(date("2015"));
    EXPECT_EQ(to_iso(due.earliest), "2016-01-01");
    EXPECT_EQ(to_iso(due.latest), "2016-12-31");
    EXPECT_EQ(timeliness(due, date("2015-12-31")), Timeliness::Timely);
    EXPECT_EQ(timeliness(due, date("2016-07-04")), Timeliness::DependsOnArrivalDay);
    EXPECT_EQ(timeliness(due, date("2017-01-01")), Timeliness::Late);
}

TEST(OneYearDeadline, AFebruaryArrivalInALeapYearEndsInMarch) {
    // February 29, 2016 has no anniversary in 2017: March 1 (add_years).
    EXPECT_EQ(to_iso(one_year_due(date("2016-02")).latest), "2017-03-01");
}

}  // namespace
}  // namespace amparo::legal

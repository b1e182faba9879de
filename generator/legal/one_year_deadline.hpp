// The one-year filing deadline (8 U.S.C. § 1158(a)(2)(B)) counted from an arrival the applicant
// may remember only by its month or year: the anniversary is then a span of days, and a filing
// inside that span is timely or not depending on a day the case does not give.
#pragma once

#include "casefile/civil_date.hpp"

namespace amparo::legal {

struct OneYearDue {
    CivilDate due;       // the anniversary, as precise as the arrival ("2016-03" for "2015-03")
    CivilDate earliest;  // the first day it can fall on
    CivilDate latest;    // the last day it can fall on
};

OneYearDue one_year_due(const CivilDate& arrival);

enum class Timeliness { Timely, Late, DependsOnArrivalDay };

// Timely when every day the arrival may stand for puts `filed` within the year, late when none
// does.
Timeliness timeliness(const OneYearDue& due, const CivilDate& filed);

}  // namespace amparo::legal

#include "legal/one_year_deadline.hpp"

namespace amparo::legal {

OneYearDue one_year_due(const CivilDate& arrival) {
    CivilDate earliest = add_years(arrival, 1);
    earliest.precision = DatePrecision::Day;
    return {add_years(arrival, 1), earliest, add_years(last_day_of(arrival), 1)};
}

Timeliness timeliness(const OneYearDue& due, const CivilDate& filed) {
    if (last_day_of(filed) <= due.earliest) return Timeliness::Timely;
    if (filed > due.latest) return Timeliness::Late;
    return Timeliness::DependsOnArrivalDay;
}

}  // namespace amparo::legal

// Calendar dates as the case file writes them: exact (YYYY-MM-DD) or partial (YYYY-MM, YYYY).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

namespace amparo {

enum class DatePrecision { Day, Month, Year };

struct CivilDate {
    int year = 0;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
    DatePrecision precision = DatePrecision::Day;

    // Orders by the first day the date can mean (2019-03 sorts as 2019-03-01).
    auto operator<=>(const CivilDate& other) const {
        return std::tie(year, month, day) <=> std::tie(other.year, other.month, other.day);
    }
    bool operator==(const CivilDate& other) const {
        return std::tie(year, month, day) == std::tie(other.year, other.month, other.day);
    }
};

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY"; nullopt for anything else or a day that does not
// exist.
std::optional<CivilDate> parse_civil_date(const std::string& text);

// The last day a partial date can mean (2019-03 -> 2019-03-31; 2019 -> 2019-12-31).
CivilDate last_day_of(const CivilDate& date);

// Days since 1970-01-01 (negative before), and back.
std::int64_t days_since_epoch(const CivilDate& date);
CivilDate date_from_days(std::int64_t days);

// The same month and day `years` later; February 29 becomes March 1 in a common year.
CivilDate add_years(const CivilDate& date, int years);

// Today's date in UTC. Deadlines are measured against the real date, never SOURCE_DATE_EPOCH:
// that variable fixes the timestamps written into outputs, and a reproducible-build epoch in the
// past must not make a missed deadline look open.
CivilDate today_utc();

std::string to_iso(const CivilDate& date);

}  // namespace amparo

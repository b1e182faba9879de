// Civil-date arithmetic (Howard Hinnant's days-from-civil algorithm) and parsing.
#include "casefile/civil_date.hpp"

#include <cstdio>
#include <ctime>
#include <regex>
#include <tuple>

namespace amparo {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
}

}  // namespace

std::optional<CivilDate> parse_civil_date(const std::string& text) {
    static const std::regex shape("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
    std::smatch match;
    if (!std::regex_match(text, match, shape)) return std::nullopt;
    CivilDate date;
    date.year = std::stoi(match[1]);
    date.precision = DatePrecision::Year;
    if (match[2].matched) {
        date.month = std::stoi(match[2]);
        date.precision = DatePrecision::Month;
        if (date.month < 1 || date.month > 12) return std::nullopt;
    }
    if (match[3].matched) {
        date.day = std::stoi(match[3]);
        date.precision = DatePrecision::Day;
        if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return std::nullopt;
    }
    return date;
}

CivilDate last_day_of(const CivilDate& date) {
    CivilDate last = date;
    if (date.precision == DatePrecision::Year) last.month = 12;
    if (date.precision != DatePrecision::Day) last.day = days_in_month(last.year, last.month);
    last.precision = DatePrecision::Day;
    return last;
}

std::int64_t days_since_epoch(const CivilDate& date) {
    std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    std::int64_t year_of_era = y - era * 400;
    std::int64_t month_index = (date.month + 9) % 12;  // March = 0
    std::int64_t day_of_year = (153 * month_index + 2) / 5 + date.day - 1;
    std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

CivilDate date_from_days(std::int64_t days) {
    days += 719468;
    std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    std::int64_t day_of_era = days - era * 146097;
    std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    std::int64_t day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    std::int64_t month_index = (5 * day_of_year + 2) / 153;
    CivilDate date;
    date.day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
    date.month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
    date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

CivilDate add_years(const CivilDate& date, int years) {
    CivilDate result = date;
    result.year += years;
    if (result.month == 2 && result.day == 29 && !is_leap(result.year)) {
        result.month = 3;
        result.day = 1;
    }
    return result;
}

CivilDate today_utc() {
    auto seconds = static_cast<std::int64_t>(std::time(nullptr));
    return date_from_days(seconds / 86400);
}

std::string to_iso(const CivilDate& date) {
    char buffer[16];
    switch (date.precision) {
        case DatePrecision::Year:
            std::snprintf(buffer, sizeof buffer, "%04d", date.year);
            break;
        case DatePrecision::Month:
            std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
            break;
        case DatePrecision::Day:
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
            break;
    }
    return buffer;
}

}  // namespace amparo

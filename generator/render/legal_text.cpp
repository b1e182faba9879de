// Formatting rules for dates, ordinals, lists and tabs.
#include "render/legal_text.hpp"

#include <map>

namespace amparo::render {

namespace {
const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};
}

std::string legal_date(const CivilDate& date) {
    switch (date.precision) {
        case DatePrecision::Year:
            return std::to_string(date.year);
        case DatePrecision::Month:
            return std::string(kMonths[date.month - 1]) + " " + std::to_string(date.year);
        case DatePrecision::Day:
            break;
    }
    return std::string(kMonths[date.month - 1]) + " " + std::to_string(date.day) + ", " +
           std::to_string(date.year);
}

std::string date_phrase(const CivilDate& date, bool approximate) {
    bool exact_day = date.precision == DatePrecision::Day;
    if (approximate) return (exact_day ? "on or about " : "in or around ") + legal_date(date);
    return (exact_day ? "on " : "in ") + legal_date(date);
}

std::string date_closing_comma(const CivilDate& date) {
    return date.precision == DatePrecision::Day ? "," : "";
}

std::string period_opening(const CivilDate& from, const CivilDate& to) {
    return "From " + legal_date(from) + date_closing_comma(from) + " to " + legal_date(to) + ", ";
}

std::string ordinal(int n) {
    static const char* words[] = {"zeroth", "first",    "second",  "third",  "fourth",
                                  "fifth",  "sixth",    "seventh", "eighth", "ninth",
                                  "tenth",  "eleventh", "twelfth"};
    if (n >= 0 && n <= 12) return words[n];
    int tens = n % 100;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        switch (n % 10) {
            case 1:
                suffix = "st";
                break;
            case 2:
                suffix = "nd";
                break;
            case 3:
                suffix = "rd";
                break;
            default:
                break;
        }
    }
    return std::to_string(n) + suffix;
}

std::string count_of(std::size_t n, const std::string& one, const std::string& several) {
    static const char* words[] = {"no",  "one",   "two",   "three", "four", "five",
                                  "six", "seven", "eight", "nine",  "ten"};
    const std::string number = n <= 10 ? words[n] : std::to_string(n);
    return number + " " + (n == 1 ? one : several);
}

std::optional<std::string> elapsed(const CivilDate& from, const CivilDate& to) {
    if (from.precision == DatePrecision::Year || to.precision == DatePrecision::Year) {
        return std::nullopt;
    }
    auto months_text = [](long months) {
        if (months < 24) return count_of(static_cast<std::size_t>(months), "month", "months");
        const std::string years = count_of(static_cast<std::size_t>(months / 12), "year", "years");
        return months % 12 == 0
                   ? years
                   : years + " and " +
                         count_of(static_cast<std::size_t>(months % 12), "month", "months");
    };
    if (from.precision == DatePrecision::Day && to.precision == DatePrecision::Day) {
        const auto days = days_since_epoch(to) - days_since_epoch(from);
        if (days <= 0) return std::nullopt;
        if (days < 14) return count_of(static_cast<std::size_t>(days), "day", "days");
        if (days < 63) {
            return count_of(static_cast<std::size_t>((days + 3) / 7), "week", "weeks");
        }
        return months_text(static_cast<long>((days * 100 + 1522) / 3044));
    }
    // A month-precise date may be any day of its month: only whole months apart are sure.
    const long months = (to.year * 12L + to.month) - (from.year * 12L + from.month);
    if (months <= 0) return std::nullopt;
    return "about " + months_text(months);
}

std::optional<std::string> time_between(const CivilDate& from, const CivilDate& to) {
    if (!(add_years(from, 1) > to)) return std::nullopt;
    return elapsed(from, to);
}

std::string join_with_and(const std::vector<std::string>& items) {
    if (items.empty()) return "";
    if (items.size() == 1) return items[0];
    if (items.size() == 2) return items[0] + " and " + items[1];
    std::string out;
    for (std::size_t i = 0; i + 1 < items.size(); ++i) out += items[i] + ", ";
    return out + "and " + items.back();
}

std::string incidents_named(const std::vector<std::string>& ordinals,
                            std::size_t incidents_in_case) {
    if (incidents_in_case == 1) return "the incident";
    return "the " + join_with_and(ordinals) + (ordinals.size() == 1 ? " incident" : " incidents");
}

int years_between(const CivilDate& from, const CivilDate& to) {
    int years = to.year - from.year;
    if (to.month < from.month || (to.month == from.month && to.day < from.day)) --years;
    return years;
}

std::string service_method_text(const std::string& method) {
    static const std::map<std::string, std::string> methods = {
        {"ecas", "electronic service through ECAS"},
        {"mail", "first-class mail"},
        {"hand-delivery", "hand delivery"},
        {"email", "email"}};
    auto found = methods.find(method);
    return found == methods.end() ? method : found->second;
}

std::string tab_letters(int index) {
    std::string letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    }
    return letters;
}

}  // namespace amparo::render

// How facts print in a filing: dates in U.S. legal style, ordinals, lists joined with "and".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casefile/civil_date.hpp"

namespace amparo::render {

// "March 3, 2019"; "March 2019"; "2019" (by the date's precision).
std::string legal_date(const CivilDate& date);

// As a sentence needs it: "on March 3, 2019", "in March 2019", "in 2019"; approximate dates
// read "on or about March 3, 2019", "in or around March 2019", "in or around 2019".
std::string date_phrase(const CivilDate& date, bool approximate);

// The comma that closes a full date in mid-sentence ("From March 22, 2021, the authorities");
// a date given by its month or year takes none ("From March 2021 the authorities").
std::string date_closing_comma(const CivilDate& date);

// A sentence's opening period, its first date closed by a comma when full: "From March 25, 2023,
// to April 20, 2023, "; "From 2009 to April 2023, ".
std::string period_opening(const CivilDate& from, const CivilDate& to);

// "first", "second", ... "twelfth", then "13th", "21st" ...
std::string ordinal(int n);

// How a filing names some of a case's incidents: "the second incident", "the first and third
// incidents"; "the incident" when the case has only one, where an ordinal would suggest more.
std::string incidents_named(const std::vector<std::string>& ordinals,
                            std::size_t incidents_in_case);

// "one incident", "three incidents", "14 incidents": numbers to ten in words.
std::string count_of(std::size_t n, const std::string& one, const std::string& several);

// How long after `from` the date `to` came: "four days", "three weeks", "five months", "two
// years and one month"; "about two months" when either date gives only its month. Nothing when
// `to` is not later or either date gives only its year.
std::optional<std::string> elapsed(const CivilDate& from, const CivilDate& to);

// The same, for an argument about timing, only when less than a year passed: harm that
// follows an act by years proves little about why.
std::optional<std::string> time_between(const CivilDate& from, const CivilDate& to);

// "a", "a and b", "a, b, and c" (the serial comma briefs use).
std::string join_with_and(const std::vector<std::string>& items);

// Whole years between two dates.
int years_between(const CivilDate& from, const CivilDate& to);

// How a certificate of service says DHS was served, from the case file's `dhs_service.method`
// ("ecas" -> "electronic service through ECAS"); an unknown method is returned as given.
std::string service_method_text(const std::string& method);

// "A" .. "Z", "AA", "AB" ... for exhibit tabs.
std::string tab_letters(int index);

}  // namespace amparo::render

// Checks that need the schema's structure but are not valijson's: every unknown field name (with
// the nearest known name), and calendar dates (valijson accepts 2023-02-29).
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "casefile/diagnostic.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo {

// Adds the pointer of every value it reports to `reported`, so that valijson's own (vaguer)
// error for the same value can be left out.
Diagnostics check_fields(const nlohmann::json& schema, const JsonWithPositions& document,
                         const std::string& file, std::set<std::string>& reported);

// Where the schema expects text and the file has a plain whole number (`date: 2019`, `tab: 3`),
// the number becomes that text: YAML read it as a number only because it was not quoted.
void numbers_to_text_where_text_expected(const nlohmann::json& schema, JsonWithPositions& document);

// True when "YYYY-MM-DD" names a day that exists (Gregorian calendar, leap years included).
bool is_calendar_date(const std::string& text);

}  // namespace amparo

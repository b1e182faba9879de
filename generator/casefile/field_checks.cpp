// Unknown-field and calendar-date checks, walking the case alongside its schema.
#include "casefile/field_checks.hpp"

#include <map>
#include <regex>

#include "casefile/json_pointer.hpp"
#include "casefile/nearest_name.hpp"
#include "casefile/schema_walk.hpp"

namespace amparo {

bool is_calendar_date(const std::string& text) {
    static const std::regex shape("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    std::smatch match;
    if (!std::regex_match(text, match, shape)) return false;
    int year = std::stoi(match[1]);
    int month = std::stoi(match[2]);
    int day = std::stoi(match[3]);
    if (month < 1 || month > 12 || day < 1) return false;
    static const int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int last = days_in_month[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= last;
}

namespace {

// True when the schema describes a date, exact ("format": "date") or partial (an anyOf with it).
bool describes_date(const nlohmann::json& root_schema, const nlohmann::json& schema) {
    if (!schema.is_object()) return false;
    if (schema.value("format", "") == "date") return true;
    if (schema.contains("anyOf")) {
        for (const auto& branch : schema["anyOf"]) {
            if (resolve_ref(root_schema, branch).value("format", "") == "date") return true;
        }
    }
    return false;
}

std::vector<std::string> property_names(const nlohmann::json& schema) {
    std::vector<std::string> names;
    for (const auto& [name, unused] : schema["properties"].items()) names.push_back(name);
    return names;
}

}  // namespace

void numbers_to_text_where_text_expected(const nlohmann::json& root_schema,
                                         JsonWithPositions& document) {
    std::vector<std::string> pointers;
    walk_with_schema(
        root_schema, document.value,
        [&](const nlohmann::json& value, const nlohmann::json& schema, const std::string& pointer) {
            if (value.is_number_integer() && schema.is_object() &&
                schema.value("type", "") == "string") {
                pointers.push_back(pointer);
            }
        });
    for (const auto& pointer : pointers) {
        auto& value = document.value[nlohmann::json::json_pointer(pointer)];
        value = std::to_string(value.get<long long>());
    }
}

Diagnostics check_fields(const nlohmann::json& root_schema, const JsonWithPositions& document,
                         const std::string& file, std::set<std::string>& reported) {
    Diagnostics diagnostics;
    auto report = [&](const std::string& pointer, SourcePos pos, std::string message,
                      std::string hint) {
        diagnostics.push_back({file, pos.line, pos.column, Severity::Error,
                               pointer_to_path(pointer), std::move(message), std::move(hint)});
        reported.insert(pointer);
    };

    walk_with_schema(
        root_schema, document.value,
        [&](const nlohmann::json& value, const nlohmann::json& schema, const std::string& pointer) {
            if (value.is_object() && schema.is_object() && schema.contains("properties") &&
                schema.value("additionalProperties", true) == false) {
                auto known = property_names(schema);
                for (const auto& [key, unused] : value.items()) {
                    if (schema["properties"].contains(key)) continue;
                    std::string child = pointer_append(pointer, key);
                    std::string hint;
                    if (auto suggestion = nearest_name(key, known)) {
                        hint = "did you mean '" + *suggestion + "'?";
                    } else {
                        hint = "the fields allowed here are: ";
                        for (std::size_t i = 0; i < known.size(); ++i) {
                            hint += (i ? ", " : "") + known[i];
                        }
                    }
                    report(child, document.positions.key_pos(child), "unknown field '" + key + "'",
                           hint);
                }
            }
            if (value.is_array() && schema.is_object() && schema.value("uniqueItems", false)) {
                // Each repeat once, against the first entry it repeats: n copies give n - 1
                // diagnostics, not valijson's n²/2 pairs.
                std::map<nlohmann::json, std::size_t> first_at;
                for (std::size_t i = 0; i < value.size(); ++i) {
                    auto [first, inserted] = first_at.emplace(value[i], i);
                    if (inserted) continue;
                    std::string entry = pointer_append(pointer, i);
                    report(entry, document.positions.value_pos(entry),
                           "repeats entry [" + std::to_string(first->second) +
                               "]; each may appear only once",
                           "remove the repeated entry");
                }
            }
            if (value.is_string() && describes_date(root_schema, schema)) {
                const auto& text = value.get_ref<const std::string&>();
                static const std::regex full_date("[0-9]{4}-[0-9]{2}-[0-9]{2}");
                if (std::regex_match(text, full_date) && !is_calendar_date(text)) {
                    int month = std::stoi(text.substr(5, 2));
                    std::string why = month >= 1 && month <= 12
                                          ? "that month has no day " + text.substr(8)
                                          : "there is no month " + text.substr(5, 2);
                    report(pointer, document.positions.value_pos(pointer),
                           "not a date that exists (" + why + ")",
                           "check the date against the document it comes from; if only the month "
                           "is known, write YYYY-MM");
                }
            }
        });
    return diagnostics;
}

}  // namespace amparo

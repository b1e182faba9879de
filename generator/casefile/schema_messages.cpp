// Rewording of valijson errors using the schema's own descriptions. Messages never quote the
// value itself: case files are confidential (8 C.F.R. 208.6) and diagnostics end up in CI logs;
// the line and column point at the value instead.
#include "casefile/schema_messages.hpp"

#include <map>
#include <regex>

#include "casefile/json_pointer.hpp"
#include "casefile/schema_walk.hpp"

namespace amparo {

namespace {

std::string json_type_name(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null:
            return "nothing (an empty value)";
        case nlohmann::json::value_t::boolean:
            return "true/false";
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
            return "a whole number";
        case nlohmann::json::value_t::number_float:
            return "a number";
        case nlohmann::json::value_t::string:
            return "text";
        case nlohmann::json::value_t::array:
            return "a list";
        case nlohmann::json::value_t::object:
            return "a mapping (fields)";
        default:
            return "a value";
    }
}

std::string expected_type(const nlohmann::json& root_schema, const nlohmann::json& schema) {
    if (schema.value("format", "") == "date") return "a date (YYYY-MM-DD)";
    if (schema.contains("anyOf")) {
        for (const auto& branch : schema["anyOf"]) {
            if (resolve_ref(root_schema, branch).value("format", "") == "date")
                return "a date (YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is "
                       "known)";
        }
    }
    static const std::map<std::string, std::string> names = {
        {"string", "text"},
        {"integer", "a whole number"},
        {"number", "a number"},
        {"boolean", "true or false"},
        {"array", "a list (lines starting with `- `)"},
        {"object", "a mapping (indented `field: value` lines)"},
        {"null", "nothing"}};
    if (schema.contains("type") && schema["type"].is_string()) {
        auto it = names.find(schema["type"].get<std::string>());
        if (it != names.end()) return it->second;
    }
    return "another kind of value";
}

std::string description_of(const nlohmann::json* schema) {
    if (schema && schema->contains("description") && (*schema)["description"].is_string()) {
        return (*schema)["description"].get<std::string>();
    }
    return "";
}

struct Message {
    std::string text;
    std::string hint;
};

// The cascade and the messages reported elsewhere; nothing to tell the user here.
bool is_cascade(const std::string& description) {
    return description.rfind("Failed to validate", 0) == 0 ||
           description.rfind("Object contains a property that could not be validated", 0) == 0;
}

Message reword(const nlohmann::json& root_schema, const nlohmann::json* schema,
               const nlohmann::json& value, const std::string& description) {
    static const std::regex required_re("Missing required property '(.*)'\\.");
    static const std::regex min_items_re("Array should contain no fewer than ([0-9]+).*");
    std::smatch match;
    std::string about = description_of(schema);

    if (std::regex_match(description, match, required_re)) {
        std::string field = match[1];
        std::string field_about;
        if (schema && schema->contains("properties") && (*schema)["properties"].contains(field)) {
            const auto& declared = (*schema)["properties"][field];
            field_about = declared.contains("description")
                              ? description_of(&declared)
                              : description_of(&resolve_ref(root_schema, declared));
        }
        return {"missing required field '" + field + "'",
                "add `" + field + ":`" + (field_about.empty() ? "" : " — " + field_about)};
    }
    if (description == "Value type not permitted by 'type' constraint." && value.is_string() &&
        schema &&
        (schema->value("type", "") == "number" || schema->value("type", "") == "integer")) {
        // The loader keeps a number beyond a double's range (1e400, 1e-400) as the text written.
        static const std::regex numeric("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
        if (std::regex_match(value.get<std::string>(), numeric))
            return {"expected " + expected_type(root_schema, *schema) +
                        ", found a number too large or too small to represent",
                    about};
    }
    if (description == "Value type not permitted by 'type' constraint.") {
        return {"expected " +
                    (schema ? expected_type(root_schema, *schema) : std::string("another value")) +
                    ", found " + json_type_name(value),
                about};
    }
    if (description == "Failed to match against any enum values.") {
        std::string allowed;
        if (schema && schema->contains("enum")) {
            for (const auto& option : (*schema)["enum"]) {
                allowed += (allowed.empty() ? "" : ", ") + option.dump();
            }
        }
        return {"not one of the allowed values: " + allowed, about};
    }
    if (description == "Failed to match regex specified by 'pattern' constraint." ||
        description == "Failed to validate against any schemas allowed by anyOf constraint." ||
        description == "String should be a valid date") {
        return {"does not have the expected form", about};
    }
    if (description.rfind("String should be no fewer than", 0) == 0) {
        return {"must not be empty", about};
    }
    if (std::regex_match(description, match, min_items_re)) {
        return {"needs at least " + match[1].str() + " entr" + (match[1] == "1" ? "y" : "ies"),
                about};
    }
    if (description.rfind("Expected number", 0) == 0) {
        return {"out of range: " + description, about};
    }
    return {description, about};
}

}  // namespace

Diagnostics describe_schema_errors(const nlohmann::json& root_schema,
                                   const JsonWithPositions& document,
                                   const std::vector<SchemaError>& errors,
                                   const std::set<std::string>& already_reported,
                                   const std::string& file) {
    // An anyOf failure arrives with one error per branch at the same value; say it once.
    std::set<std::string> any_of_pointers;
    for (const auto& error : errors) {
        if (error.description.rfind("Failed to validate against any schemas allowed by anyOf", 0) ==
            0) {
            any_of_pointers.insert(error.pointer);
        }
    }
    Diagnostics diagnostics;
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& error : errors) {
        if (already_reported.count(error.pointer)) continue;
        bool is_any_of = any_of_pointers.count(error.pointer) > 0;
        bool any_of_summary = error.description.rfind(
                                  "Failed to validate against any schemas "
                                  "allowed by anyOf",
                                  0) == 0;
        if (is_any_of && !any_of_summary) continue;
        if (!any_of_summary && is_cascade(error.description)) continue;

        const nlohmann::json* schema = subschema_at(root_schema, error.pointer);
        nlohmann::json::json_pointer where(error.pointer);
        const nlohmann::json& value =
            document.value.contains(where) ? document.value.at(where) : document.value;
        Message message = reword(root_schema, schema, value, error.description);
        if (!seen.insert({error.pointer, message.text}).second) continue;
        SourcePos pos = document.positions.value_pos(error.pointer);
        diagnostics.push_back({file, pos.line, pos.column, Severity::Error,
                               pointer_to_path(error.pointer), message.text, message.hint});
    }
    return diagnostics;
}

}  // namespace amparo

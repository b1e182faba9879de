// The version-1 -> version-2 table and reading a version-1 file in memory as version 2.
#include "casefile/case_version.hpp"

#include <cctype>

#include "casefile/json_pointer.hpp"

namespace amparo {

namespace {

// Version 1 let these hold text in any voice, so the same words landed in the first-person
// declaration and the third-person brief. Version 2 names them `account` (or `since_leaving`):
// the applicant's own words, printed only in the declaration.
constexpr const char* kFirstPerson =
    "version 2 prints it in the declaration as the applicant's own words: check that it reads "
    "in the first person (\"I\", \"my\") and as whole sentences";

constexpr RenamedField kRenamed[] = {
    {"/applicant/entry/details", "account", kFirstPerson},
    {"/family/*/harm", "account", kFirstPerson},
    {"/incidents/*/reports/*/response", "account", kFirstPerson},
    {"/claims/internal_relocation/attempts/*/what_happened", "account", kFirstPerson},
    {"/claims/fear_of_return/ongoing_threats", "since_leaving", kFirstPerson},
    {"/incidents/*/not_reported_reason", "not_reported_reason", kFirstPerson},
};

constexpr RetiredField kRetired[] = {
    {"/incidents/*/treatment",
     "is not printed: write `treated: {at: \"the Cruz Roja clinic in Uruapan\", date: "
     "2023-03-18}` instead, so both documents can say it in their own voice"},
};

std::string key_of(const std::string& pointer) { return pointer.substr(pointer.rfind('/') + 1); }

std::string parent_of(const std::string& pointer) { return pointer.substr(0, pointer.rfind('/')); }

Diagnostic at_key(const JsonWithPositions& document, const std::string& file,
                  const std::string& pointer, Severity severity, std::string message,
                  std::string hint) {
    SourcePos pos = document.positions.key_pos(pointer);
    return {file,
            pos.line,
            pos.column,
            severity,
            pointer_to_path(pointer),
            std::move(message),
            std::move(hint)};
}

// The text is set aside, not printed: its voice is unknown until a person reads it.
void set_aside(JsonWithPositions& document, const std::string& pointer,
               const std::string& new_key) {
    nlohmann::json& parent = document.value[nlohmann::json::json_pointer(parent_of(pointer))];
    parent.erase(key_of(pointer));
    parent[new_key + "_unreviewed"] = true;
}

void read_renamed_fields(JsonWithPositions& document, const std::string& file, int version,
                         Diagnostics& diagnostics) {
    for (const auto& field : kRenamed) {
        std::vector<std::string> found;
        for_each_match(
            document.value, field.pattern, "",
            [&](const nlohmann::json&, const std::string& pointer) { found.push_back(pointer); });
        for (const auto& pointer : found) {
            const std::string old_key = key_of(pointer);
            const std::string new_key = field.new_name;
            const auto& parent = document.value[nlohmann::json::json_pointer(parent_of(pointer))];
            if (old_key != new_key && parent.contains(new_key)) {
                diagnostics.push_back(
                    at_key(document, file, pointer, Severity::Error,
                           "both `" + old_key + "` (version 1) and `" + new_key + "` are given",
                           "keep only `" + new_key + "`; " + field.review));
                continue;
            }
            if (version >= 2) {
                if (old_key == new_key) continue;
                diagnostics.push_back(at_key(document, file, pointer, Severity::Error,
                                             "`" + old_key + "` is a version-1 field; version " +
                                                 std::to_string(version) + " calls it `" + new_key +
                                                 "`",
                                             "rename it `" + new_key + "`; " + field.review));
                continue;
            }
            diagnostics.push_back(
                at_key(document, file, pointer, Severity::Warning,
                       "version-1 field `" + old_key +
                           "` not printed: its voice is unknown (version 2 calls it `" + new_key +
                           "`, the applicant's own words)",
                       "run `amparo migrate " + file + "`; " + field.review));
            set_aside(document, pointer, new_key);
        }
    }
}

void warn_retired_fields(const JsonWithPositions& document, const std::string& file,
                         Diagnostics& diagnostics) {
    for (const auto& field : kRetired) {
        for_each_match(
            document.value, field.pattern, "",
            [&](const nlohmann::json&, const std::string& pointer) {
                diagnostics.push_back(at_key(document, file, pointer, Severity::Warning,
                                             "`" + key_of(pointer) + "` is a version-1 field",
                                             "`" + key_of(pointer) + "` " + field.advice));
            });
    }
}

// Version 1 had no way to say "near", so "at Near Brownsville" was printed.
void read_entry_place_kind(JsonWithPositions& document, const std::string& file,
                           Diagnostics& diagnostics) {
    nlohmann::json& applicant = document.value["applicant"];
    if (!applicant.contains("entry")) return;
    nlohmann::json& entry = applicant["entry"];
    if (!entry.contains("place") || entry.contains("place_kind")) return;
    const std::string rest = place_after_near(entry["place"].get<std::string>());
    if (rest.empty()) return;
    const std::string pointer = "/applicant/entry/place";
    diagnostics.push_back(at_key(document, file, pointer, Severity::Warning,
                                 "entry place starting with \"near\", read as `place_kind: near`",
                                 "write `place: " + rest +
                                     "` and `place_kind: near` (`amparo "
                                     "migrate` does it)"));
    entry["place"] = rest;
    entry["place_kind"] = "near";
}

// Version 1 users often wrote a relative's situation after the place, "Houston, Texas (in
// proceedings with the applicant)"; printed after "lives in", the note speaks of the applicant in
// the third person inside the declaration. Version 2 says it with `status`.
void read_location_notes(JsonWithPositions& document, const std::string& file,
                         Diagnostics& diagnostics) {
    std::vector<std::string> found;
    for_each_match(
        document.value, "/family/*/location", "",
        [&](const nlohmann::json& value, const std::string& pointer) {
            if (value.is_string() && value.get<std::string>().find('(') != std::string::npos) {
                found.push_back(pointer);
            }
        });
    for (const auto& pointer : found) {
        nlohmann::json& location = document.value[nlohmann::json::json_pointer(pointer)];
        std::string place = location.get<std::string>();
        place = place.substr(0, place.find('('));
        while (!place.empty() && place.back() == ' ') place.pop_back();
        diagnostics.push_back(at_key(document, file, pointer, Severity::Warning,
                                     "the note in parentheses after the place is not printed",
                                     "say where they are with `status:` (e.g. "
                                     "in-proceedings-with-applicant) and keep only the place"));
        if (place.empty()) {
            document.value[nlohmann::json::json_pointer(parent_of(pointer))].erase("location");
        } else {
            location = place;
        }
    }
}

}  // namespace

std::span<const RenamedField> renamed_fields() { return kRenamed; }
std::span<const RetiredField> retired_fields() { return kRetired; }

int case_file_version(const nlohmann::json& document) {
    if (document.is_object() && document.contains("version") &&
        document["version"].is_number_integer()) {
        return document["version"].get<int>();
    }
    return 1;
}

std::string place_after_near(const std::string& place) {
    constexpr std::string_view near = "near ";
    if (place.size() <= near.size()) return "";
    for (std::size_t i = 0; i < near.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(place[i])) != near[i]) return "";
    }
    return place.substr(near.size());
}

void read_as_current_version(JsonWithPositions& document, const std::string& file,
                             Diagnostics& diagnostics) {
    const int version = case_file_version(document.value);
    read_renamed_fields(document, file, version, diagnostics);
    warn_retired_fields(document, file, diagnostics);
    if (version < 2) {
        read_entry_place_kind(document, file, diagnostics);
        read_location_notes(document, file, diagnostics);
    }
}

}  // namespace amparo

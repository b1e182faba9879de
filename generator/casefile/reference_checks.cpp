// The id table of the case and the exhibit path confinement.
#include "casefile/reference_checks.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "casefile/json_pointer.hpp"
#include "casefile/nearest_name.hpp"

namespace amparo {

namespace {

// Where ids are defined: each collection's entries carry an `id`.
const std::map<std::string, std::string> kCollections = {
    {"incidents", "/incidents/*"},
    {"events", "/events/*"},
    {"support given", "/support_given/*"},
    {"exhibits", "/exhibits/*"},
    {"persecutors", "/persecutors/*"},
    {"family", "/family/*"},
    {"particular social groups", "/claims/particular_social_groups/*"},
    {"prior statements", "/prior_statements/*"},
};

// Who can hear words or make a report: the applicant, or a family member by id.
constexpr const char* kPeople = "family (or 'applicant')";
// Who can hear words: those, or "others" (people outside the family, as customers of a store).
constexpr const char* kHearers = "family (or 'applicant', 'others')";

struct Reference {
    const char* pattern;     // values that hold an id ('*' matches any key or index)
    const char* collection;  // where that id must be defined
};

const Reference kReferences[] = {
    {"/incidents/*/perpetrators/*", "persecutors"},
    {"/incidents/*/words_said/*/speaker", "persecutors"},
    {"/incidents/*/witnesses/*/exhibit", "exhibits"},
    {"/incidents/*/reports/*/exhibit", "exhibits"},
    {"/incidents/*/exhibits/*", "exhibits"},
    {"/incidents/*/words_said/*/heard_by/*", kHearers},
    {"/incidents/*/reports/*/reported_by", kPeople},
    {"/family/*/incidents/*", "incidents"},
    {"/family/*/death/killed_by", "persecutors"},
    {"/events/*/exhibits/*", "exhibits"},
    {"/support_given/*/to", "persecutors"},
    {"/support_given/*/incidents/*", "incidents"},
    {"/claims/particular_social_groups/*/evidence/*", "exhibits"},
    {"/claims/political_opinion/evidence/*", "exhibits"},
    {"/claims/state_protection/evidence/*", "exhibits"},
    {"/claims/country_conditions/*/evidence/*", "exhibits"},
    {"/claims/cat/evidence/*", "exhibits"},
    {"/claims/fear_of_return/evidence/*", "exhibits"},
    {"/exhibits/*/supports/incidents/*", "incidents"},
    {"/prior_statements/*/exhibit", "exhibits"},
    {"/prior_statements/*/recorded_facts/*/incident", "incidents"},
    {"/prior_statements/*/recorded_facts/*/recorded_perpetrators/*", "persecutors"},
    {"/prior_statements/*/incidents_covered/*", "incidents"},
};

Diagnostic at_value(const JsonWithPositions& document, const std::string& file,
                    const std::string& pointer, std::string message, std::string hint) {
    SourcePos pos = document.positions.value_pos(pointer);
    return {file,
            pos.line,
            pos.column,
            Severity::Error,
            pointer_to_path(pointer),
            std::move(message),
            std::move(hint)};
}

}  // namespace

Diagnostics check_references(const JsonWithPositions& document, const std::string& file) {
    Diagnostics diagnostics;
    std::map<std::string, std::vector<std::string>> defined;  // collection -> ids in order
    for (const auto& entry : kCollections) {
        // Named references, not a structured binding: clang 14 cannot capture a binding in a
        // lambda (C++20's P1091, from clang 16), and the sanitizer build uses clang 14.
        const std::string& collection = entry.first;
        const std::string& pattern = entry.second;
        std::map<std::string, std::string> first_pointer;
        for_each_match(
            document.value, pattern + "/id", "",
            [&](const nlohmann::json& id, const std::string& pointer) {
                if (!id.is_string()) return;  // the schema reports the wrong type
                std::string text = id.get<std::string>();
                auto [it, inserted] = first_pointer.emplace(text, pointer);
                if (!inserted) {
                    diagnostics.push_back(at_value(
                        document, file, pointer, "duplicate id '" + text + "' in " + collection,
                        "already used at line " +
                            std::to_string(document.positions.value_pos(it->second).line) +
                            "; give each entry its own id"));
                } else {
                    defined[collection].push_back(text);
                }
            });
    }
    defined[kPeople] = {"applicant"};
    for (const auto& id : defined["family"]) defined[kPeople].push_back(id);
    defined[kHearers] = defined[kPeople];
    defined[kHearers].push_back("others");
    for (const auto& reference : kReferences) {
        const auto& ids = defined[reference.collection];
        const std::set<std::string> known(ids.begin(), ids.end());
        for_each_match(
            document.value, reference.pattern, "",
            [&](const nlohmann::json& id, const std::string& pointer) {
                if (!id.is_string()) return;
                std::string text = id.get<std::string>();
                if (known.count(text)) return;
                std::string hint;
                if (auto nearest = nearest_name(text, ids)) {
                    hint = "did you mean '" + *nearest + "'?";
                } else if (ids.empty()) {
                    hint = std::string("the case defines no ") + reference.collection;
                } else {
                    hint = std::string("define it under ") + reference.collection +
                           ", or use one of the ids defined there";
                }
                diagnostics.push_back(at_value(document, file, pointer,
                                               std::string("'") + text + "' is not the id of any " +
                                                   "entry in " + reference.collection,
                                               hint));
            });
    }
    return diagnostics;
}

Diagnostics check_exhibit_files(const JsonWithPositions& document, const std::string& file,
                                const std::filesystem::path& case_folder) {
    namespace fs = std::filesystem;
    Diagnostics diagnostics;
    std::error_code error;
    const fs::path root = fs::weakly_canonical(fs::absolute(case_folder), error);
    auto check = [&](const nlohmann::json& value, const std::string& pointer) {
        if (!value.is_string()) return;
        const fs::path given = value.get<std::string>();
        const std::string hint =
            "exhibit files must sit in the case file's folder or below it; copy the PDF there "
            "and write its path relative to the case file, e.g. exhibits/police-report.pdf";
        if (given.is_absolute()) {
            diagnostics.push_back(at_value(document, file, pointer,
                                           "absolute path '" + given.string() + "' refused", hint));
            return;
        }
        // Resolve `..` and symlinks before comparing, so neither can lead outside the folder.
        fs::path resolved = fs::weakly_canonical(root / given, error);
        auto [root_end, unused] =
            std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end());
        if (error || root_end != root.end()) {
            diagnostics.push_back(
                at_value(document, file, pointer,
                         "path '" + given.string() + "' leads outside the case's folder", hint));
            return;
        }
        if (!fs::is_regular_file(resolved, error)) {
            diagnostics.push_back(at_value(document, file, pointer,
                                           "exhibit file '" + given.string() + "' not found",
                                           "check the spelling and that the file was copied "
                                           "next to the case file; without a file, give "
                                           "`pages:` instead"));
        }
    };
    for_each_match(document.value, "/exhibits/*/file", "", check);
    for_each_match(document.value, "/exhibits/*/translation/file", "", check);
    return diagnostics;
}

}  // namespace amparo

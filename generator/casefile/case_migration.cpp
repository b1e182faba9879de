// Edits computed from the converted document's key positions, applied from the bottom up so
// earlier positions stay valid.
#include "casefile/case_migration.hpp"

#include <algorithm>
#include <map>

#include "casefile/case_version.hpp"
#include "casefile/json_pointer.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo {

namespace {

constexpr const char* kReviewMark = "# amparo migrate: ";

struct Edits {
    // line (1-based) -> replacements on it: column (1-based) -> {old text, new text}
    std::map<int, std::map<int, std::pair<std::string, std::string>>, std::greater<>> replace;
    // line -> lines to insert before it (comments, keys)
    std::map<int, std::vector<std::string>> before;
    // line -> lines to insert after it
    std::map<int, std::vector<std::string>> after;
};

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            if (start < text.size()) lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string indentation_of(const std::string& line) {
    return line.substr(0, line.find_first_not_of(' '));
}

std::string key_of(const std::string& pointer) { return pointer.substr(pointer.rfind('/') + 1); }

// Where the file's first mapping key stands: `version: 2` goes just before it, after the
// comment block that usually opens a case file.
int first_content_line(const std::vector<std::string>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto first = lines[i].find_first_not_of(" \t");
        if (first == std::string::npos || lines[i][first] == '#') continue;
        if (lines[i].compare(first, 3, "---") == 0) continue;
        return static_cast<int>(i) + 1;
    }
    return static_cast<int>(lines.size()) + 1;
}

void plan_renames(const JsonWithPositions& document, const std::vector<std::string>& lines,
                  Edits& edits, Migration& migration) {
    for (const auto& field : renamed_fields()) {
        for_each_match(document.value, field.pattern, "",
                       [&](const nlohmann::json&, const std::string& pointer) {
                           const SourcePos key = document.positions.key_pos(pointer);
                           const std::string old_key = key_of(pointer);
                           if (old_key != field.new_name) {
                               edits.replace[key.line][key.column] = {old_key, field.new_name};
                               ++migration.renamed;
                           }
                           const std::string& line = lines[static_cast<std::size_t>(key.line - 1)];
                           edits.before[key.line].push_back(indentation_of(line) + kReviewMark +
                                                            "review `" + field.new_name +
                                                            "`: " + field.review);
                           migration.reviews.push_back(std::to_string(key.line) + ": " +
                                                       pointer_to_path(pointer));
                       });
    }
    for (const auto& field : retired_fields()) {
        for_each_match(document.value, field.pattern, "",
                       [&](const nlohmann::json&, const std::string& pointer) {
                           const SourcePos key = document.positions.key_pos(pointer);
                           const std::string& line = lines[static_cast<std::size_t>(key.line - 1)];
                           edits.before[key.line].push_back(indentation_of(line) + kReviewMark +
                                                            "`" + key_of(pointer) + "` " +
                                                            field.advice);
                           migration.reviews.push_back(std::to_string(key.line) + ": " +
                                                       pointer_to_path(pointer));
                       });
    }
}

// "place: near Brownsville, Texas" -> "place: Brownsville, Texas" and "place_kind: near" below
// it, when the place is a plain block-mapping entry; otherwise a note asks for it by hand.
void plan_entry_place(const JsonWithPositions& document, const std::vector<std::string>& lines,
                      Edits& edits, Migration& migration) {
    const nlohmann::json& entry =
        document.value.value(nlohmann::json::json_pointer("/applicant/entry"), nlohmann::json());
    if (!entry.is_object() || !entry.contains("place") || entry.contains("place_kind")) return;
    const std::string place = entry["place"];
    const std::string rest = place_after_near(place);
    if (rest.empty()) return;
    const std::string pointer = "/applicant/entry/place";
    const SourcePos key = document.positions.key_pos(pointer);
    const SourcePos value = document.positions.value_pos(pointer);
    const std::string& line = lines[static_cast<std::size_t>(key.line - 1)];
    const std::string indent = indentation_of(line);
    const bool block_entry =
        static_cast<int>(indent.size()) + 1 == key.column && value.line == key.line &&
        line.compare(static_cast<std::size_t>(value.column - 1), place.size() - rest.size(),
                     place.substr(0, place.size() - rest.size())) == 0;
    if (!block_entry) {
        edits.before[key.line].push_back(indent + kReviewMark +
                                         "write the place without \"near\" and add "
                                         "`place_kind: near`");
        migration.reviews.push_back(std::to_string(key.line) + ": applicant.entry.place");
        return;
    }
    edits.replace[value.line][value.column] = {place.substr(0, place.size() - rest.size()), ""};
    edits.after[key.line].push_back(indent + "place_kind: near");
}

std::string apply_edits(std::vector<std::string> lines, const Edits& edits) {
    for (const auto& [line_number, on_line] : edits.replace) {
        std::string& line = lines[static_cast<std::size_t>(line_number - 1)];
        for (auto it = on_line.rbegin(); it != on_line.rend(); ++it) {
            const auto& [column, change] = *it;
            line.replace(static_cast<std::size_t>(column - 1), change.first.size(), change.second);
        }
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        if (auto it = edits.before.find(number); it != edits.before.end())
            out.insert(out.end(), it->second.begin(), it->second.end());
        out.push_back(lines[i]);
        if (auto it = edits.after.find(number); it != edits.after.end())
            out.insert(out.end(), it->second.begin(), it->second.end());
    }
    if (auto it = edits.before.find(static_cast<int>(lines.size()) + 1); it != edits.before.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    std::string text;
    for (const auto& line : out) text += line + "\n";
    return text;
}

}  // namespace

std::optional<Migration> migrate_case_text(const std::string& text, const std::string& display_name,
                                           Diagnostics& diagnostics) {
    auto document = yaml_to_json(text, display_name, diagnostics);
    if (!document) return std::nullopt;
    Migration migration;
    if (case_file_version(document->value) >= kCurrentCaseFileVersion) {
        migration.text = text;
        return migration;
    }
    const std::vector<std::string> lines = split_lines(text);
    Edits edits;
    plan_renames(*document, lines, edits, migration);
    plan_entry_place(*document, lines, edits, migration);
    if (document->value.contains("version")) {
        const SourcePos value = document->positions.value_pos("/version");
        edits.replace[value.line][value.column] = {"1", "2"};
    } else {
        edits.before[first_content_line(lines)].insert(
            edits.before[first_content_line(lines)].begin(),
            "version: " + std::to_string(kCurrentCaseFileVersion));
    }
    migration.text = apply_edits(lines, edits);
    return migration;
}

}  // namespace amparo

// Loading of court profiles, with the position of each problem.
#include "profile/court_profile.hpp"

#include <algorithm>
#include <map>

#include "casefile/json_pointer.hpp"
#include "casefile/nearest_name.hpp"
#include "casefile/yaml_to_json.hpp"
#include "profile/page_footer.hpp"

namespace amparo::profile {

namespace {

// Every key a profile may hold: a misspelled one ("page_limt") would otherwise be ignored and the
// check it names silently dropped.
const std::map<std::string, std::vector<std::string>>& known_keys() {
    static const std::map<std::string, std::vector<std::string>> keys = {
        {"",
         {"name",
          "forum",
          "page",
          "margins",
          "font_size",
          "body_line_spacing",
          "quote_line_spacing",
          "first_line_indent",
          "heading_space_before",
          "heading_space_after",
          "list_item_space",
          "list_space_after",
          "quote_indent_left",
          "quote_indent_right",
          "quote_space_before",
          "quote_space_after",
          "table_cell_padding",
          "table_row_padding",
          "table_space_before",
          "table_space_after",
          "cover_block_space",
          "signature_space",
          "cover_align",
          "footer",
          "justify",
          "number_cover_page",
          "page_limit",
          "word_limit",
          "required_sections",
          "uncounted_sections",
          "packet"}},
        {"page", {"width", "height"}},
        {"packet", {"max_file_mb", "exhibit_page_labels", "fit_to_letter"}},
        {"margins", {"top", "bottom", "left", "right"}}};
    return keys;
}

// Where a value or key of the profile is, as (line, column) for a diagnostic.
struct Place {
    const PositionTable& positions;
    SourcePos value(const std::string& pointer) const { return positions.value_pos(pointer); }
    SourcePos key(const std::string& pointer) const { return positions.key_pos(pointer); }
};

bool unknown_keys(const nlohmann::json& node, const std::string& where, const std::string& pointer,
                  const Place& place, const std::string& file, Diagnostics& diagnostics) {
    if (!node.is_object()) return false;
    const auto& known = known_keys().at(where);
    bool found = false;
    for (const auto& [key, value] : node.items()) {
        const std::string child = pointer_append(pointer, key);
        if (std::find(known.begin(), known.end(), key) != known.end()) {
            if (known_keys().count(key))
                found |= unknown_keys(value, key, child, place, file, diagnostics);
            continue;
        }
        auto nearest = nearest_name(key, known);
        const SourcePos at = place.key(child);
        diagnostics.push_back({file, at.line, at.column, Severity::Error,
                               where.empty() ? key : where + "." + key,
                               "unknown key '" + key + "' in the court profile",
                               nearest ? "did you mean '" + *nearest + "'?"
                                       : "docs/templates.md lists the keys a profile may hold"});
        found = true;
    }
    return found;
}

}  // namespace

CourtProfile default_profile() {
    CourtProfile profile;
    profile.name = "default";
    return profile;
}

std::optional<CourtProfile> load_court_profile(const std::filesystem::path& file,
                                               Diagnostics& diagnostics) {
    const YamlFileKind kind{"a court profile", "keep the profile in one document",
                            "a court profile is a mapping of keys (name:, page:, ...)",
                            "write `name:`, `page:` and the other keys at the left margin"};
    const std::string path = file.string();
    auto document = yaml_file_to_json(path, diagnostics, kind);
    if (!document) return std::nullopt;
    const nlohmann::json& root = document->value;
    const Place place{document->positions};
    CourtProfile profile = default_profile();
    // A mapping's keys come out sorted by name; problems are told in the file's order.
    Diagnostics unknown;
    bool ok = !unknown_keys(root, "", "", place, path, unknown);
    sort_by_position(unknown);
    diagnostics.insert(diagnostics.end(), unknown.begin(), unknown.end());
    auto wrong = [&](const std::string& pointer, const std::string& message) {
        const SourcePos at = place.value(pointer);
        diagnostics.push_back(
            {path, at.line, at.column, Severity::Error, pointer_to_path(pointer), message, ""});
        ok = false;
    };
    // The value at `pointer` ("/margins/top"), or nullptr when the profile leaves it out.
    auto at = [&](const std::string& pointer) -> const nlohmann::json* {
        const nlohmann::json::json_pointer where(pointer);
        return root.contains(where) ? &root.at(where) : nullptr;
    };
    auto number = [&](const std::string& pointer, double& out, double min, double max) {
        const nlohmann::json* value = at(pointer);
        if (!value) return;
        if (value->is_number() && value->get<double>() >= min && value->get<double>() <= max) {
            out = value->get<double>();
            return;
        }
        wrong(pointer, "expected a number from " + std::to_string(static_cast<int>(min)) + " to " +
                           std::to_string(static_cast<int>(max)));
    };
    auto whole_number = [&](const std::string& pointer, int& out) {
        const nlohmann::json* value = at(pointer);
        if (!value) return;
        if (value->is_number_integer() && value->get<long long>() >= 0 &&
            value->get<long long>() <= 1000000) {
            out = value->get<int>();
            return;
        }
        wrong(pointer, "expected a whole number from 0 to 1000000");
    };
    auto flag = [&](const std::string& pointer, bool& out) {
        const nlohmann::json* value = at(pointer);
        if (!value) return;
        if (value->is_boolean()) {
            out = value->get<bool>();
            return;
        }
        wrong(pointer, "expected true or false");
    };
    auto text = [&](const std::string& pointer, std::string& out) {
        const nlohmann::json* value = at(pointer);
        if (!value) return;
        if (value->is_string()) {
            out = value->get<std::string>();
            return;
        }
        wrong(pointer, "expected text");
    };
    auto names = [&](const std::string& pointer, std::vector<std::string>& out) {
        const nlohmann::json* value = at(pointer);
        if (!value) return;
        const bool all_text = value->is_array() && std::all_of(value->begin(), value->end(),
                                                               [](const nlohmann::json& item) {
                                                                   return item.is_string();
                                                               });
        if (all_text) {
            out = value->get<std::vector<std::string>>();
            return;
        }
        wrong(pointer, "expected a list of section headings");
    };
    // Cases name their profile, and builds find it by its file: the two must agree, or a case
    // would silently get no profile and no page-limit check.
    profile.name.clear();
    text("/name", profile.name);
    if (profile.name != file.stem().string()) {
        const SourcePos where = place.value("/name");
        diagnostics.push_back(
            {path, where.line, where.column, Severity::Error, "name",
             at("/name") ? "the profile's name '" + profile.name +
                               "' differs from its file name '" + file.stem().string() + "'"
                         : "missing required key 'name'",
             "write `name: " + file.stem().string() + "` (cases choose a profile by name)"});
        ok = false;
    }
    text("/forum", profile.forum);
    number("/page/width", profile.page_width, 200, 2000);
    number("/page/height", profile.page_height, 200, 2000);
    number("/margins/top", profile.margin_top, 18, 300);
    number("/margins/bottom", profile.margin_bottom, 18, 300);
    number("/margins/left", profile.margin_left, 18, 300);
    number("/margins/right", profile.margin_right, 18, 300);
    number("/font_size", profile.font_size, 8, 24);
    number("/body_line_spacing", profile.body_line_spacing, 1, 3);
    number("/quote_line_spacing", profile.quote_line_spacing, 1, 3);
    number("/first_line_indent", profile.first_line_indent, 0, 144);
    number("/heading_space_before", profile.heading_space_before, 0, 72);
    number("/heading_space_after", profile.heading_space_after, 0, 72);
    number("/list_item_space", profile.list_item_space, 0, 72);
    number("/list_space_after", profile.list_space_after, 0, 72);
    number("/quote_indent_left", profile.quote_indent_left, 0, 144);
    number("/quote_indent_right", profile.quote_indent_right, 0, 144);
    number("/quote_space_before", profile.quote_space_before, 0, 72);
    number("/quote_space_after", profile.quote_space_after, 0, 72);
    number("/table_cell_padding", profile.table_cell_padding, 0, 36);
    number("/table_row_padding", profile.table_row_padding, 0, 36);
    number("/table_space_before", profile.table_space_before, 0, 72);
    number("/table_space_after", profile.table_space_after, 0, 72);
    number("/cover_block_space", profile.cover_block_space, 0, 144);
    number("/signature_space", profile.signature_space, 0, 144);
    if (const nlohmann::json* align = at("/cover_align")) {
        if (*align == "left" || *align == "center") {
            profile.cover_align = *align == "left" ? CoverAlign::Left : CoverAlign::Center;
        } else {
            wrong("/cover_align", "expected left or center");
        }
    }
    if (at("/footer")) {
        text("/footer", profile.footer);
        if (!footer_parts(profile.footer)) {
            const SourcePos where = place.value("/footer");
            diagnostics.push_back(
                {path, where.line, where.column, Severity::Error, "footer",
                 "a footer is text with {page} and, if wanted, {pages} (no other {field})",
                 "for example `footer: \"Page {page} of {pages}\"`"});
            ok = false;
        }
    }
    flag("/justify", profile.justify);
    flag("/number_cover_page", profile.number_cover_page);
    whole_number("/page_limit", profile.page_limit);
    whole_number("/word_limit", profile.word_limit);
    names("/required_sections", profile.required_sections);
    names("/uncounted_sections", profile.uncounted_sections);
    number("/packet/max_file_mb", profile.packet_max_file_mb, 0, 10000);
    flag("/packet/exhibit_page_labels", profile.packet_exhibit_page_labels);
    flag("/packet/fit_to_letter", profile.packet_fit_to_letter);
    if (!ok) return std::nullopt;
    return profile;
}

std::optional<std::map<std::string, CourtProfile>> load_court_profiles(
    const std::filesystem::path& folder, Diagnostics& diagnostics) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        diagnostics.push_back({folder.string(), 0, 0, Severity::Error, "",
                               "no court profiles: this folder is missing",
                               "copy templates/profiles/ from amparo's own templates"});
        return std::nullopt;
    }
    std::map<std::string, CourtProfile> profiles;
    bool ok = true;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.path().extension() != ".yaml") continue;
        if (auto profile = load_court_profile(entry.path(), diagnostics)) {
            profiles[profile->name] = std::move(*profile);
        } else {
            ok = false;  // every wrong profile is reported, not only the first
        }
    }
    if (ok && profiles.empty()) {
        diagnostics.push_back({folder.string(), 0, 0, Severity::Error, "",
                               "no court profiles: this folder has no .yaml profile",
                               "copy templates/profiles/ from amparo's own templates"});
    }
    if (!ok || profiles.empty()) return std::nullopt;
    return profiles;
}

}  // namespace amparo::profile

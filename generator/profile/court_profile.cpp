// yaml-cpp loading of court profiles with the position of each problem.
#include "profile/court_profile.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

#include "casefile/nearest_name.hpp"
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

bool unknown_keys(const YAML::Node& node, const std::string& where, const std::string& file,
                  Diagnostics& diagnostics) {
    if (!node.IsMap()) return false;
    const auto& known = known_keys().at(where);
    bool found = false;
    for (const auto& entry : node) {
        const auto key = entry.first.as<std::string>();
        if (std::find(known.begin(), known.end(), key) != known.end()) {
            if (known_keys().count(key))
                found |= unknown_keys(entry.second, key, file, diagnostics);
            continue;
        }
        auto nearest = nearest_name(key, known);
        diagnostics.push_back({file, entry.first.Mark().line + 1, entry.first.Mark().column + 1,
                               Severity::Error, where.empty() ? key : where + "." + key,
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
    YAML::Node root;
    try {
        root = YAML::LoadFile(file.string());
    } catch (const YAML::Exception& e) {
        diagnostics.push_back({file.string(), e.mark.line + 1, e.mark.column + 1, Severity::Error,
                               "", "cannot read the court profile: " + e.msg, ""});
        return std::nullopt;
    }
    if (!root.IsMap()) {
        diagnostics.push_back({file.string(), 1, 1, Severity::Error, "",
                               "a court profile is a mapping of keys (name:, page:, ...)", ""});
        return std::nullopt;
    }
    CourtProfile profile = default_profile();
    bool ok = !unknown_keys(root, "", file.string(), diagnostics);
    auto number = [&](const YAML::Node& node, const char* key, double& out, double min,
                      double max) {
        if (!node[key]) return;
        try {
            double value = node[key].as<double>();
            if (value < min || value > max) throw YAML::Exception(node[key].Mark(), "out of range");
            out = value;
        } catch (const YAML::Exception&) {
            diagnostics.push_back({file.string(), node[key].Mark().line + 1,
                                   node[key].Mark().column + 1, Severity::Error, key,
                                   "expected a number from " +
                                       std::to_string(static_cast<int>(min)) + " to " +
                                       std::to_string(static_cast<int>(max)),
                                   ""});
            ok = false;
        }
    };
    try {
        // Cases name their profile, and builds find it by its file: the two must agree, or a
        // case would silently get no profile and no page-limit check.
        profile.name = root["name"].as<std::string>("");
        if (profile.name != file.stem().string()) {
            const auto mark = root["name"] ? root["name"].Mark() : root.Mark();
            diagnostics.push_back(
                {file.string(), mark.line + 1, mark.column + 1, Severity::Error, "name",
                 root["name"] ? "the profile's name '" + profile.name +
                                    "' differs from its file name '" + file.stem().string() + "'"
                              : "missing required key 'name'",
                 "write `name: " + file.stem().string() + "` (cases choose a profile by name)"});
            ok = false;
        }
        profile.forum = root["forum"].as<std::string>("");
        if (const auto page = root["page"]) {
            number(page, "width", profile.page_width, 200, 2000);
            number(page, "height", profile.page_height, 200, 2000);
        }
        if (const auto margins = root["margins"]) {
            number(margins, "top", profile.margin_top, 18, 300);
            number(margins, "bottom", profile.margin_bottom, 18, 300);
            number(margins, "left", profile.margin_left, 18, 300);
            number(margins, "right", profile.margin_right, 18, 300);
        }
        number(root, "font_size", profile.font_size, 8, 24);
        number(root, "body_line_spacing", profile.body_line_spacing, 1, 3);
        number(root, "quote_line_spacing", profile.quote_line_spacing, 1, 3);
        number(root, "first_line_indent", profile.first_line_indent, 0, 144);
        number(root, "heading_space_before", profile.heading_space_before, 0, 72);
        number(root, "heading_space_after", profile.heading_space_after, 0, 72);
        number(root, "list_item_space", profile.list_item_space, 0, 72);
        number(root, "list_space_after", profile.list_space_after, 0, 72);
        number(root, "quote_indent_left", profile.quote_indent_left, 0, 144);
        number(root, "quote_indent_right", profile.quote_indent_right, 0, 144);
        number(root, "quote_space_before", profile.quote_space_before, 0, 72);
        number(root, "quote_space_after", profile.quote_space_after, 0, 72);
        number(root, "table_cell_padding", profile.table_cell_padding, 0, 36);
        number(root, "table_row_padding", profile.table_row_padding, 0, 36);
        number(root, "table_space_before", profile.table_space_before, 0, 72);
        number(root, "table_space_after", profile.table_space_after, 0, 72);
        number(root, "cover_block_space", profile.cover_block_space, 0, 144);
        number(root, "signature_space", profile.signature_space, 0, 144);
        if (const auto align = root["cover_align"]) {
            const auto value = align.as<std::string>();
            if (value == "left" || value == "center") {
                profile.cover_align = value == "left" ? CoverAlign::Left : CoverAlign::Center;
            } else {
                diagnostics.push_back({file.string(), align.Mark().line + 1,
                                       align.Mark().column + 1, Severity::Error, "cover_align",
                                       "expected left or center", ""});
                ok = false;
            }
        }
        if (const auto footer = root["footer"]) {
            profile.footer = footer.as<std::string>();
            if (!footer_parts(profile.footer)) {
                diagnostics.push_back(
                    {file.string(), footer.Mark().line + 1, footer.Mark().column + 1,
                     Severity::Error, "footer",
                     "a footer is text with {page} and, if wanted, {pages} (no other {field})",
                     "for example `footer: \"Page {page} of {pages}\"`"});
                ok = false;
            }
        }
        profile.justify = root["justify"].as<bool>(false);
        profile.number_cover_page = root["number_cover_page"].as<bool>(false);
        profile.page_limit = root["page_limit"].as<int>(0);
        profile.word_limit = root["word_limit"].as<int>(0);
        if (root["required_sections"]) {
            profile.required_sections = root["required_sections"].as<std::vector<std::string>>();
        }
        if (const auto packet = root["packet"]) {
            number(packet, "max_file_mb", profile.packet_max_file_mb, 0, 10000);
            profile.packet_exhibit_page_labels = packet["exhibit_page_labels"].as<bool>(false);
            profile.packet_fit_to_letter = packet["fit_to_letter"].as<bool>(false);
        }
        if (root["uncounted_sections"]) {
            profile.uncounted_sections = root["uncounted_sections"].as<std::vector<std::string>>();
        }
    } catch (const YAML::Exception& e) {
        diagnostics.push_back({file.string(), e.mark.line + 1, e.mark.column + 1, Severity::Error,
                               "", "wrong value in the court profile: " + e.msg, ""});
        return std::nullopt;
    }
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

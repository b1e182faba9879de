// A court profile (templates/profiles/*.yaml): page, type and the limits a brief must respect.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"

namespace amparo::pdf {

struct LayoutProfile {
    std::string name;
    std::string forum;
    double page_width = 612;  // points (US Letter)
    double page_height = 792;
    double margin_top = 72, margin_bottom = 72, margin_left = 72, margin_right = 72;
    double font_size = 12;
    double body_line_spacing = 2.0;   // multiple of the font size's line height
    double quote_line_spacing = 1.0;  // block quotes, tables, signature blocks
    bool justify = false;
    bool number_cover_page = false;
    // False for pages that get their number from elsewhere (the exhibit packet stamps its own).
    bool number_pages = true;
    int page_limit = 0;                           // 0: none
    int word_limit = 0;                           // 0: none
    std::vector<std::string> required_sections;   // level-1 headings, in order
    std::vector<std::string> uncounted_sections;  // headings whose text the word count skips
    // The exhibit packet as the forum takes it (profile key `packet:`).
    double packet_max_file_mb = 0;            // largest upload, in MB (10^6 bytes); 0: none
    bool packet_exhibit_page_labels = false;  // "Exhibit C, page 3 of 7" on evidence pages
    bool packet_fit_to_letter = false;        // larger pages shrunk onto US Letter
};

// Loads a profile; problems point at the line of the profile file.
std::optional<LayoutProfile> load_layout_profile(const std::filesystem::path& file,
                                                 Diagnostics& diagnostics);

// A plain default for documents that are not briefs (declaration, exhibit index).
LayoutProfile default_profile();

}  // namespace amparo::pdf

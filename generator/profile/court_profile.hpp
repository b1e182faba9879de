// A court profile (templates/profiles/*.yaml): page, type, spacing and the limits a brief must
// respect. Every writer (PDF, DOCX) lays out from the same profile, so the formats agree.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"

namespace amparo::profile {

enum class CoverAlign { Left, Center };

struct CourtProfile {
    std::string name;
    std::string forum;
    double page_width = 612;  // points (US Letter)
    double page_height = 792;
    double margin_top = 72, margin_bottom = 72, margin_left = 72, margin_right = 72;
    double font_size = 12;
    // Line spacings are multiples of the font size (body) or of a single-spaced line, 1.2 times
    // the size (quotes): both writers set exactly these pitches, see body_line_pitch().
    double body_line_spacing = 2.0;    // 2.0: 12-point text on 24-point lines
    double quote_line_spacing = 1.0;   // block quotes, lists, tables, signature blocks
    double first_line_indent = 36;     // points, body paragraphs
    double heading_space_before = 12;  // points above a heading
    double heading_space_after = 12;   // points between a heading and what follows it
    double list_item_space = 6;        // points above each item of a (single-spaced) list
    double list_space_after = 12;      // points between a list's last item and what follows
    // Block quotes (the quoted threats): indented from both margins, set off above and below.
    double quote_indent_left = 36, quote_indent_right = 36;  // points, from the text's edges
    double quote_space_before = 12, quote_space_after = 12;  // points
    // Tables (the exhibit index, a caption box): the room around a cell's text and around the
    // table. Cell text is at the body's size, single-spaced by quote_line_spacing.
    double table_cell_padding = 5;  // points left and right of a cell's text
    double table_row_padding = 3;   // points above and below a cell's text
    double table_space_before = 12, table_space_after = 12;  // points
    double cover_block_space = 24;  // points between the blocks of a cover page
    double signature_space = 36;    // points above a signature block: room to sign
    // Cover lines the template does not center itself (the filer's block).
    CoverAlign cover_align = CoverAlign::Left;
    // The footer of numbered pages: {page} is the page's number, {pages} the document's count.
    std::string footer = "Page {page} of {pages}";
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

    // Baseline to baseline, in points, in the PDF and in the DOCX alike (the DOCX sets them as
    // exact spacing: Word's "double" is twice the font's own line height, 27.6 points for
    // Times New Roman at 12, and would give the DOCX more pages than the PDF the page limit
    // was checked on).
    double body_line_pitch() const { return font_size * body_line_spacing; }
    double single_line_pitch(double size) const { return size * 1.2; }
    double quote_line_pitch() const { return single_line_pitch(font_size) * quote_line_spacing; }
};

// Loads a profile; problems point at the line of the profile file. A profile whose `name:`
// differs from its file name, an unknown key or a value out of range is an error, never a
// default.
std::optional<CourtProfile> load_court_profile(const std::filesystem::path& file,
                                               Diagnostics& diagnostics);

// Every profile of a templates' profiles/ folder, by name; nullopt (with the problems) when the
// folder is missing or empty or any profile in it is wrong.
std::optional<std::map<std::string, CourtProfile>> load_court_profiles(
    const std::filesystem::path& folder, Diagnostics& diagnostics);

// A plain default for documents that follow no court (unit tests, the exhibit packet's pages).
CourtProfile default_profile();

}  // namespace amparo::profile

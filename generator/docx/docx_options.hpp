// What the caller decides about a DOCX: page, type, an optional firm reference .docx, creation
// time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace amparo::docx {

// Page geometry in twentieths of a point (twips): 1440 twips = 1 inch.
struct PageLayout {
    int width = 12240;   // US Letter, 8.5 in
    int height = 15840;  // 11 in
    int margin_top = 1440;
    int margin_right = 1440;
    int margin_bottom = 1440;
    int margin_left = 1440;
    int header_distance = 720;  // from the page edge to the header
    int footer_distance = 720;  // from the page edge to the footer
};

struct TextDefaults {
    // Word has Times New Roman; LibreOffice substitutes the metric-compatible Liberation Serif.
    std::string font = "Times New Roman";
    std::string monospace_font = "Courier New";
    int font_half_points = 24;  // 12 pt
    // Line pitches in twips, set exactly (CourtProfile::body_line_pitch): 480 = 24 points.
    int body_line_pitch = 480;       // body text
    int quote_line_pitch = 288;      // block quotes, lists, tables, signature blocks
    int single_line_pitch = 288;     // headings: one line of text at the body's size
    int first_line_indent = 720;     // twips, body paragraphs
    int heading_space_before = 240;  // twips
    int heading_space_after = 240;
    int list_item_space = 120;    // twips above each list item
    int list_space_after = 240;   // twips after a list's last item
    int quote_indent_left = 720;  // twips, block quotes
    int quote_indent_right = 720;
    int quote_space_before = 240;
    int quote_space_after = 240;
    int table_cell_padding = 100;  // twips left and right of a cell's text
    int table_row_padding = 60;    // twips above and below a cell's text
    int table_space_before = 240;  // twips between a table and the text around it
    int table_space_after = 240;
    int cover_block_space = 480;                    // twips between the blocks of a cover page
    int signature_space = 720;                      // twips above a signature block: room to sign
    bool cover_centered = false;                    // cover lines the template does not align
    bool justify = false;                           // body text set full width
    bool number_cover_page = false;                 // the cover's footer numbers it too
    std::string footer = "Page {page} of {pages}";  // see profile/page_footer.hpp
    std::string language = "en-US";
};

struct DocxOptions {
    PageLayout page;
    TextDefaults text;
    // A firm's own .docx whose styles, page margins and header/footer the output takes over
    // (like pandoc's --reference-doc). Empty: the built-in styles above.
    std::filesystem::path reference_docx;
    // Seconds since 1970 UTC (SOURCE_DATE_EPOCH) for docProps/core.xml and the zip entry times.
    // Without it the zip entries carry 1980-01-01 00:00 and core.xml no dates.
    std::optional<std::int64_t> creation_time;
};

}  // namespace amparo::docx

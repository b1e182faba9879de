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
    int font_half_points = 24;    // 12 pt
    int body_line_spacing = 480;  // 240ths of a line: 480 = double-spaced body text
    int first_line_indent = 720;  // twips, body paragraphs
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

// A packet as real readers see it: pdftotext per page, pdfinfo, qpdf --check, qpdf --json, and
// qpdf's library for the annotations.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "support/pdf_pages.hpp"

namespace amparo::testing {

// The text pdftotext extracts from page `page` (1-based).
std::string page_text(const std::filesystem::path& pdf, int page);

// A word where `pdftotext -bbox -cropbox` finds it: coordinates from the top left of the visible
// page (the CropBox as the reader sees it, rotation applied).
struct PlacedWord {
    std::string text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct PageWords {
    double width = 0, height = 0;  // of the page as displayed (its /Rotate applied)
    std::vector<PlacedWord> words;
};

// Every page's words with their boxes, from one `pdftotext -bbox` of the whole file.
std::vector<PageWords> placed_words(const std::filesystem::path& pdf);

// A page as pdftoppm paints it in shades of grey (0 black, 255 white), row by row from the top.
struct GreyPage {
    int width = 0, height = 0;
    std::string pixels;
    int at(int x, int y) const { return static_cast<unsigned char>(pixels[y * width + x]); }
};

// Every page of `pdf` painted at `dpi`, in order (pdftoppm -gray into `scratch`).
std::vector<GreyPage> grey_pages(const std::filesystem::path& pdf, int dpi,
                                 const std::filesystem::path& scratch);

// Page count as pdfinfo reports it.
int pdfinfo_pages(const std::filesystem::path& pdf);

// True when `qpdf --check` exits 0 (no errors, no warnings); `output` gets what it printed.
bool qpdf_check(const std::filesystem::path& pdf, std::string& output);

struct OutlineEntry {
    std::string title;
    int page = 0;  // 1-based destination page
    std::vector<OutlineEntry> children;
};

// The outline's top-level entries with theirs below them, from `qpdf --json --json-key=outlines`.
std::vector<OutlineEntry> outline(const std::filesystem::path& pdf);

// Per page of `pdf`, the pages (1-based) its links open through an explicit destination (a
// /Dest array), in the order of its annotations; 0 for a link that opens no page that way.
std::vector<std::vector<int>> link_targets(const std::filesystem::path& pdf);

// Per page of `pdf`, the /Subtype of each of its annotations ("/Text", "/Popup", ...).
std::vector<std::vector<std::string>> annotation_subtypes(const std::filesystem::path& pdf);

}  // namespace amparo::testing

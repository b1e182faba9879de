// A packet as real readers see it: pdftotext per page, pdfinfo, qpdf --check, qpdf --json.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace amparo::testing {

// The text pdftotext extracts from page `page` (1-based).
std::string page_text(const std::filesystem::path& pdf, int page);

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

}  // namespace amparo::testing

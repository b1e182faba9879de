// Exhibit PDFs made in the test (no fixtures to download): pages of any size, rotation and box
// origin, each page saying which source page it is.
#pragma once

#include <string>
#include <vector>

namespace amparo::testing {

struct GeneratedPage {
    double llx = 0, lly = 0, width = 612, height = 792;  // MediaBox
    int rotate = 0;
};

// A PDF whose page i shows "<label> page i".
std::string generated_pdf(const std::string& label, const std::vector<GeneratedPage>& pages);

// Pages like generated_pdf's, each with seven annotations in this order: links
// to the page 1, 2 and 3 pages further on (wrapping round to page 1), by a /Dest array, a GoTo
// action and a named destination; a link to a web address; a link to a name the file does not
// define; a comment (/Text) and its popup.
// All at /Rect [40 700 200 720] but the popup.
std::string linked_pdf(const std::string& label, const std::vector<GeneratedPage>& pages);

// `count` US Letter pages.
std::string letter_pdf(const std::string& label, int count);

}  // namespace amparo::testing

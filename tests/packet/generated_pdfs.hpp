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

// `count` US Letter pages.
std::string letter_pdf(const std::string& label, int count);

}  // namespace amparo::testing

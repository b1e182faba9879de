// One pdftotext run for the whole file, cut at its form feeds.
#include "support/pdf_pages.hpp"

#include "support/run_command.hpp"

namespace amparo::testing {

std::vector<std::string> pages_text(const std::filesystem::path& pdf) {
    auto text = run_command({"pdftotext", pdf.string(), "-"}).out;
    std::vector<std::string> pages;
    std::size_t start = 0;
    // pdftotext ends every page with a form feed, the last one included.
    for (auto feed = text.find('\f'); feed != std::string::npos; feed = text.find('\f', start)) {
        pages.push_back(text.substr(start, feed - start));
        start = feed + 1;
    }
    return pages;
}

}  // namespace amparo::testing

// A PDF's text page by page, as pdftotext gives it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace amparo::testing {

// The text of every page of `pdf`, from one pdftotext run (without -layout): one string per page.
std::vector<std::string> pages_text(const std::filesystem::path& pdf);

}  // namespace amparo::testing

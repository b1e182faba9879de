// Page counts of exhibit PDFs, for the exhibit index.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace amparo::pdf {

// The number of pages, or nullopt with `error` set when the file is not a readable PDF.
std::optional<int> count_pdf_pages(const std::filesystem::path& file, std::string& error);

}  // namespace amparo::pdf

// Writing sample .docx files for the tests, with the options the pipeline would pass.
#pragma once

#include <filesystem>
#include <string>

#include "document/model.hpp"
#include "docx/docx_options.hpp"

namespace amparo::docx_test {

// Default options with creation_time from SOURCE_DATE_EPOCH (ctest sets it).
docx::DocxOptions test_options();

// Writes the document to dir/name; throws std::runtime_error with the diagnostics on failure.
std::filesystem::path save_docx(const document::Document& document,
                                const docx::DocxOptions& options, const std::filesystem::path& dir,
                                const std::string& name);

}  // namespace amparo::docx_test

// soffice --headless --convert-to pdf and pdftotext, for the round-trip tests.
#include "docx/libreoffice.hpp"

#include <regex>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo::docx_test {

std::filesystem::path convert_with_libreoffice(const std::filesystem::path& document,
                                               const std::string& format) {
    const auto profile = testing::make_scratch_dir("soffice-profile");
    const auto result = testing::run_command({"timeout", "180", "soffice",
                                              "-env:UserInstallation=file://" + profile.string(),
                                              "--headless", "--convert-to", format, "--outdir",
                                              document.parent_path().string(), document.string()});
    std::filesystem::remove_all(profile);
    auto converted = document;
    converted.replace_extension("." + format);
    if (result.exit_code != 0 || !std::filesystem::exists(converted)) {
        throw std::runtime_error("soffice did not convert " + document.filename().string() +
                                 " to " + format + " (exit " + std::to_string(result.exit_code) +
                                 "): " + result.out + result.err);
    }
    return converted;
}

std::filesystem::path convert_to_pdf(const std::filesystem::path& docx) {
    return convert_with_libreoffice(docx, "pdf");
}

std::string pdf_text(const std::filesystem::path& pdf) {
    const auto result = testing::run_command({"pdftotext", pdf.string(), "-"});
    if (result.exit_code != 0) throw std::runtime_error("pdftotext failed: " + result.err);
    return result.out;
}

std::string normalized(const std::string& text) {
    static const std::regex footer_line{R"(^\s*Page \d+ of \d+\s*$)"};
    std::istringstream lines(text);
    std::string kept;
    for (std::string line; std::getline(lines, line);) {
        if (!std::regex_match(line, footer_line)) kept += line + "\n";
    }
    kept = std::regex_replace(kept, std::regex("\xEF\xAC\x81"), "fi");
    kept = std::regex_replace(kept, std::regex("\xEF\xAC\x82"), "fl");
    kept = std::regex_replace(kept, std::regex(R"([\s\f]+)"), " ");
    const auto first = kept.find_first_not_of(' ');
    const auto last = kept.find_last_not_of(' ');
    return first == std::string::npos ? "" : kept.substr(first, last - first + 1);
}

void require_program(const std::string& name) {
    if (!testing::program_available(name)) {
        FAIL() << name << " is needed to check DOCX output and is not installed "
               << "(ci/setup.sh installs poppler-utils, unzip and libreoffice-writer-nogui)";
    }
}

}  // namespace amparo::docx_test

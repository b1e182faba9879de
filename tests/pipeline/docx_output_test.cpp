// The built .docx files opened the way an attorney's office suite would: LibreOffice converts
// each to PDF, and pdftotext must give back every heading in order and the declaration's
// paragraph numbers.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sstream>

#include "docx/libreoffice.hpp"
#include "pipeline/built_samples.hpp"
#include "support/built_markdown.hpp"
#include "support/test_paths.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using testing::built_samples;
using testing::sample_ids;

std::vector<std::string> headings_of(const fs::path& markdown) {
    std::vector<std::string> headings;
    std::istringstream lines(testing::without_tables(testing::read_file(markdown)));
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind("#", 0) == 0)
            headings.push_back(docx_test::normalized(line.substr(line.find(' ') + 1)));
    }
    return headings;
}

TEST(DocxOutput, EverySampleDocumentReadsBackWithItsHeadingsInOrder) {
    docx_test::require_program("soffice");
    for (const auto& id : sample_ids()) {
        for (const char* name : {"declaration", "exhibit-index", "brief"}) {
            auto copy = testing::make_scratch_dir("docx-read") / (std::string(name) + ".docx");
            fs::copy_file(built_samples() / id / (std::string(name) + ".docx"), copy);
            std::string text =
                docx_test::normalized(docx_test::pdf_text(docx_test::convert_to_pdf(copy)));
            std::size_t at = 0;
            for (const auto& heading :
                 headings_of(built_samples() / id / (std::string(name) + ".md"))) {
                auto found = text.find(heading, at);
                EXPECT_NE(found, std::string::npos)
                    << id << "/" << name << ": heading '" << heading << "' missing or out of order";
                if (found != std::string::npos) at = found;
            }
        }
    }
}

TEST(DocxOutput, DeclarationParagraphsComeBackNumbered) {
    docx_test::require_program("soffice");
    auto copy = testing::make_scratch_dir("docx-numbers") / "declaration.docx";
    fs::copy_file(built_samples() / "ramirez-business-extortion" / "declaration.docx", copy);
    std::string text = docx_test::normalized(docx_test::pdf_text(docx_test::convert_to_pdf(copy)));
    EXPECT_THAT(text, ::testing::HasSubstr("1. My name is Joaquín Ramírez Ochoa."));
    EXPECT_THAT(text, ::testing::HasSubstr("12. On March 18, 2023, around seven in the evening"));
}

}  // namespace
}  // namespace amparo

// Opens the generated .docx files in LibreOffice (headless, to PDF) and reads them back with
// pdftotext: every heading and paragraph there in order, declaration paragraphs numbered, the
// exhibit index header repeated on the next page, the cover page without a page number.
#include <gtest/gtest.h>

#include "document/from_commonmark.hpp"
#include "docx/docx_files.hpp"
#include "docx/libreoffice.hpp"
#include "docx/sample_documents.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo::docx_test {
namespace {

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++count;
    }
    return count;
}

int page_count(const std::filesystem::path& pdf) {
    const auto info = testing::run_command({"pdfinfo", pdf.string()});
    const auto at = info.out.find("Pages:");
    return at == std::string::npos ? 0 : std::stoi(info.out.substr(at + 6));
}

std::string page_text(const std::filesystem::path& pdf, int page) {
    const auto result = testing::run_command(
        {"pdftotext", "-f", std::to_string(page), "-l", std::to_string(page), pdf.string(), "-"});
    return result.out;
}

// Each expected text, whitespace-normalised, found after the one before it.
void expect_in_order(const std::string& read_back, const std::vector<std::string>& expected) {
    const std::string text = normalized(read_back);
    std::size_t from = 0;
    for (const std::string& wanted : expected) {
        const std::string needle = normalized(wanted);
        const auto at = text.find(needle, from);
        EXPECT_NE(at, std::string::npos) << "missing or out of order: \"" << needle << "\"";
        if (at != std::string::npos) from = at + needle.size();
    }
}

class DocxInLibreOffice : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(require_program("soffice"));
        ASSERT_NO_FATAL_FAILURE(require_program("pdftotext"));
        ASSERT_NO_FATAL_FAILURE(require_program("pdfinfo"));
        dir_ = testing::make_scratch_dir("docx-libreoffice");
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::filesystem::path to_pdf(const document::Document& document, const std::string& name) {
        return convert_to_pdf(save_docx(document, test_options(), dir_, name + ".docx"));
    }

    std::filesystem::path dir_;
};

TEST_F(DocxInLibreOffice, DeclarationReadsBackInOrderWithItsNumbers) {
    const auto doc = declaration();
    const auto pdf = to_pdf(doc, "declaration");
    const std::string text = pdf_text(pdf);
    expect_in_order(text, expected_texts(doc));
    // Numbers drawn by Word numbering, not typed: spot-check across the headings.
    expect_in_order(text, {"1. I was born", "3. I lived", "4. Statement", "12. Executed"});
    EXPECT_NE(text.find("[[TO COMPLETE: date of arrival]]"), std::string::npos);

    // The exhibit index starts a page and runs over; its header row comes back on the next page.
    const int pages = page_count(pdf);
    ASSERT_GE(pages, 3);
    EXPECT_EQ(normalized(page_text(pdf, pages - 1)).find("Exhibit Index"), 0u);
    EXPECT_EQ(occurrences(text, "Description"), 2u);
    EXPECT_NE(page_text(pdf, pages).find("Description"), std::string::npos);
    EXPECT_NE(text.find("Page 1 of " + std::to_string(pages)), std::string::npos);
    EXPECT_NE(text.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)),
              std::string::npos);
}

TEST_F(DocxInLibreOffice, BriefReadsBackInOrderAfterAnUnnumberedCoverPage) {
    const auto doc = brief();
    const auto pdf = to_pdf(doc, "brief");
    expect_in_order(pdf_text(pdf), expected_texts(doc));

    const std::string cover = page_text(pdf, 1);
    EXPECT_NE(cover.find("BRIEF IN SUPPORT"), std::string::npos);
    EXPECT_EQ(cover.find("Page"), std::string::npos) << cover;
    // Each table titled on a page of its own, listing the headings and the authorities.
    EXPECT_EQ(normalized(page_text(pdf, 2)).find("Table of Contents"), 0u);
    expect_in_order(page_text(pdf, 2),
                    {"Statement of Facts", "Argument", "The Applicant Belongs to a Protected Group",
                     "Immutability"});
    EXPECT_NE(page_text(pdf, 2).find("Page 2 of"), std::string::npos);
    EXPECT_EQ(normalized(page_text(pdf, 3)).find("Table of Authorities"), 0u);
    expect_in_order(page_text(pdf, 3), {"Cases", "Matter of Acosta", "Statutes", "INA"});
}

TEST_F(DocxInLibreOffice, CommonMarkThroughTheParserKeepsSpanishTextAndNumbers) {
    const auto parsed = document::parse_commonmark(
        "# Declaración\n\n"
        "<!-- amparo:numbered -->\n"
        "1. Nací en el pueblo de Valle Alto, en la sierra.\n"
        "2. ¿Por qué salí? Porque me amenazaron “de muerte” — dos veces.\n\n"
        "## Exhibits\n\n"
        "| Tab | Description | Pages |\n|:-:|:--|--:|\n| A | *Birth certificate* | 2 |\n",
        "spanish.md");
    ASSERT_TRUE(parsed.problems.empty());
    const auto pdf = to_pdf(parsed.document, "spanish");
    expect_in_order(pdf_text(pdf),
                    {"Declaración", "1. Nací en el pueblo de Valle Alto, en la sierra.",
                     "2. ¿Por qué salí? Porque me amenazaron “de muerte” — dos veces.", "Exhibits",
                     "Tab", "Birth certificate"});
}

}  // namespace
}  // namespace amparo::docx_test

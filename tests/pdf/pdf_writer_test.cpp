// The PDF writer on hand-made documents, read back with qpdf, pdffonts and pdftotext.
#include <gtest/gtest.h>

#include "pdf/font_fixture.hpp"
#include "pdf/pdf_writer.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo::pdf {
namespace {

using document::Block;
using document::BlockKind;
using document::Inline;
using document::InlineKind;

Block paragraph(std::vector<Inline> inlines) {
    Block block;
    block.kind = BlockKind::Paragraph;
    block.inlines = std::move(inlines);
    return block;
}

Inline text(const std::string& value) { return {InlineKind::Text, value, "", {}}; }

class PdfWriterTest : public ::testing::Test {
  protected:
    void SetUp() override {
        Diagnostics problems;
        fonts_ = load_font_set(testing::liberation_serif_files(), problems);
        ASSERT_TRUE(fonts_.has_value());
        for (const char* tool : {"qpdf", "pdftotext", "pdffonts"}) {
            ASSERT_TRUE(testing::program_available(tool)) << tool << " (poppler-utils, qpdf)";
        }
    }

    std::filesystem::path write(const document::Document& document, PdfResult& result) {
        result = write_pdf(document, profile::default_profile(), *fonts_, 1700000000);
        auto file = testing::make_scratch_dir("pdf-writer") / "out.pdf";
        testing::write_file(file, result.bytes);
        return file;
    }

    std::optional<FontSet> fonts_;
};

TEST_F(PdfWriterTest, OnlyTheFacesUsedAreEmbeddedAndTextExtracts) {
    document::Document document;
    document.metadata.title = "Prueba";
    document.blocks.push_back(
        paragraph({text("¿Dónde está? “Aquí se paga o se muere” — § 1746 ¶ 3")}));
    document.blocks.push_back(paragraph({{InlineKind::Strong, "", "", {text("Señal")}}}));
    PdfResult result;
    auto file = write(document, result);
    ASSERT_FALSE(result.bytes.empty());
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_EQ(testing::run_command({"qpdf", "--check", file.string()}).exit_code, 0);
    auto fonts = testing::run_command({"pdffonts", file.string()}).out;
    EXPECT_NE(fonts.find("+LiberationSerif "), std::string::npos) << fonts;
    EXPECT_NE(fonts.find("+LiberationSerif-Bold "), std::string::npos) << fonts;
    EXPECT_EQ(fonts.find("Italic"), std::string::npos) << "an unused face was embedded\n" << fonts;
    auto extracted = testing::run_command({"pdftotext", file.string(), "-"}).out;
    EXPECT_NE(extracted.find("¿Dónde está? “Aquí se paga o se muere” — § 1746 ¶ 3"),
              std::string::npos)
        << extracted;
    EXPECT_NE(extracted.find("Señal"), std::string::npos) << extracted;
}

TEST_F(PdfWriterTest, CharactersTheFontLacksAreReportedByCodePointOnly) {
    document::Document document;
    document.blocks.push_back(paragraph({text("Nombre: 王芳 (Ω)")}));
    PdfResult result;
    auto file = write(document, result);
    ASSERT_FALSE(result.bytes.empty()) << "a missing glyph must not stop the document";
    EXPECT_EQ(testing::run_command({"qpdf", "--check", file.string()}).exit_code, 0);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(result.diagnostics[0].message,
              "Liberation Serif has no glyph for U+738B, U+82B3: the PDF prints an empty box "
              "there");
}

}  // namespace
}  // namespace amparo::pdf

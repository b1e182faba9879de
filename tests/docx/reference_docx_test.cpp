// --reference-docx: the firm's font, page size, margins and letterhead carry over into the output;
// a missing or malformed reference is a clear error naming the file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <algorithm>
#include <regex>
#include <set>

#include "docx/docx_files.hpp"
#include "docx/docx_inspection.hpp"
#include "docx/docx_writer.hpp"
#include "docx/libreoffice.hpp"
#include "docx/reference_fixture.hpp"
#include "docx/sample_documents.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo::docx_test {
namespace {

class ReferenceDocx : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(require_program("unzip"));
        dir_ = testing::make_scratch_dir("docx-reference");
        options_ = test_options();
        options_.reference_docx = save_reference(reference_parts(), dir_, "firm.docx");
        output_ = save_docx(declaration(), options_, dir_, "declaration.docx");
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::string part(const std::string& name) const { return unzip_entry(output_, name); }

    // The diagnostics for a reference made of these parts.
    Diagnostics problems_with(const std::map<std::string, std::string>& parts) {
        docx::DocxOptions options = test_options();
        options.reference_docx = save_reference(parts, dir_, "broken.docx");
        const auto result = docx::write_docx(declaration(), options);
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.bytes.empty());
        return result.diagnostics;
    }

    std::filesystem::path dir_;
    docx::DocxOptions options_;
    std::filesystem::path output_;
};

TEST_F(ReferenceDocx, TheFirmsFontAndSizeAreTheDocumentDefaults) {
    const XmlPart styles(part("word/styles.xml"));
    EXPECT_EQ(styles.string("//w:docDefaults//w:rFonts/@w:ascii"), reference_font);
    EXPECT_EQ(styles.string("//w:docDefaults//w:sz/@w:val"), "22");
    // Their "heading 1" is used under their id; ours is not added beside it.
    EXPECT_EQ(styles.count("//w:style[w:name/@w:val='heading 1']"), 1);
    const XmlPart body(part("word/document.xml"));
    EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='Titre1']"),
              (std::vector<std::string>{"Background", "The Threats", "Exhibit Index"}));
    // Styles it lacks come from ours, linked to its styles by name.
    EXPECT_EQ(styles.count("//w:style[@w:styleId='DeclarationParagraph']"), 1);
    EXPECT_EQ(styles.string("//w:style[@w:styleId='Heading2']/w:basedOn/@w:val"), "Normal");
}

TEST_F(ReferenceDocx, TheFirmsPageSizeMarginsAndLetterheadAreKept) {
    const XmlPart body(part("word/document.xml"));
    const std::string section = "/w:document/w:body/w:sectPr";
    EXPECT_EQ(body.string(section + "/w:pgSz/@w:w"), "11906");
    EXPECT_EQ(body.string(section + "/w:pgMar/@w:left"), std::to_string(reference_left_margin));
    EXPECT_EQ(body.string(section + "/w:pgMar/@w:top"), "1134");

    const std::string header_id = body.string(section + "/w:headerReference/@r:id");
    const XmlPart rels(part("word/_rels/document.xml.rels"));
    const std::string target = rels.string("//pr:Relationship[@Id='" + header_id + "']/@Target");
    ASSERT_FALSE(target.empty());
    EXPECT_EQ(XmlPart(part("word/" + target)).string("//w:t"), letterhead);
    // The logo the header points at comes along, with a content type.
    const auto names = zip_entry_names(output_);
    EXPECT_NE(std::find(names.begin(), names.end(), "word/media/logo.png"), names.end());
    EXPECT_EQ(part("word/media/logo.png"), reference_parts().at("word/media/logo.png"));
    const XmlPart types(part("[Content_Types].xml"));
    EXPECT_EQ(types.string("//ct:Default[@Extension='png']/@ContentType"), "image/png");
    // The reference has no footer, so the page numbers stay.
    EXPECT_EQ(body.count(section + "/w:footerReference[@w:type='default']"), 1);
}

TEST_F(ReferenceDocx, LibreOfficeShowsTheFirmsFontPaperMarginAndLetterhead) {
    ASSERT_NO_FATAL_FAILURE(require_program("soffice"));
    ASSERT_NO_FATAL_FAILURE(require_program("pdffonts"));
    const auto pdf = convert_to_pdf(output_);

    const auto fonts = testing::run_command({"pdffonts", pdf.string()});
    EXPECT_NE(fonts.out.find("DejaVuSans"), std::string::npos) << fonts.out;
    EXPECT_EQ(fonts.out.find("LiberationSerif"), std::string::npos) << fonts.out;

    const auto info = testing::run_command({"pdfinfo", pdf.string()});
    EXPECT_NE(info.out.find("(A4)"), std::string::npos) << info.out;

    const std::string first_page =
        testing::run_command({"pdftotext", "-f", "1", "-l", "1", pdf.string(), "-"}).out;
    EXPECT_NE(first_page.find(letterhead), std::string::npos) << first_page;

    // No word on page 1 starts left of the 2-inch (144 pt) margin, and the letterhead and
    // left-aligned text start right at it.
    const auto boxes =
        testing::run_command({"pdftotext", "-bbox", "-f", "1", "-l", "1", pdf.string(), "-"});
    const std::regex word_box{R"re(<word xMin="([0-9.]+)")re"};
    double leftmost = 1e9;
    for (auto it = std::sregex_iterator(boxes.out.begin(), boxes.out.end(), word_box);
         it != std::sregex_iterator(); ++it) {
        leftmost = std::min(leftmost, std::stod((*it)[1]));
    }
    EXPECT_NEAR(leftmost, 144.0, 2.0);
}

TEST_F(ReferenceDocx, StylesTheReferenceLacksAreAddedWithAWarningNamingThem) {
    const auto result = docx::write_docx(declaration(), options_);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.diagnostics.size(), 1u);
    const Diagnostic& warning = result.diagnostics[0];
    EXPECT_EQ(warning.severity, Severity::Warning);
    EXPECT_EQ(warning.file, options_.reference_docx.string());
    EXPECT_THAT(warning.message, ::testing::StartsWith("reference .docx lacks "));
    EXPECT_THAT(warning.message, ::testing::HasSubstr("\"Declaration Paragraph\""));
    // Its "heading 1" is used, not added.
    EXPECT_THAT(warning.message, ::testing::Not(::testing::HasSubstr("\"heading 1\"")));
}

// A firm template whose "heading 1" is numbered through numId 1: once amparo's own numbering.xml
// made numId 1 the declaration's list, so headings took "1." and paragraph 1 printed as "2.".
class NumberedHeadingReference : public ReferenceDocx {
  protected:
    void SetUp() override {
        ReferenceDocx::SetUp();
        options_.reference_docx =
            save_reference(numbered_heading_reference_parts(), dir_, "numbered.docx");
        result_ = docx::write_docx(declaration(), options_);
        ASSERT_TRUE(result_.ok());
        output_ = dir_ / "numbered-declaration.docx";
        testing::write_file(output_, result_.bytes);
    }

    docx::DocxResult result_;
};

TEST_F(NumberedHeadingReference, TheHeadingStyleLosesItsNumberingWithAWarning) {
    const XmlPart styles(part("word/styles.xml"));
    EXPECT_EQ(styles.count("//w:style[@w:styleId='Titre1']/w:pPr/w:numPr"), 0);
    EXPECT_EQ(styles.count("//w:style[@w:styleId='Titre1']/w:pPr/w:outlineLvl"), 1);
    std::vector<std::string> altered;
    for (const auto& diagnostic : result_.diagnostics) {
        EXPECT_EQ(diagnostic.severity, Severity::Warning) << diagnostic.message;
        if (diagnostic.message.find("numbers its paragraphs") != std::string::npos) {
            altered.push_back(diagnostic.message);
        }
    }
    ASSERT_EQ(altered.size(), 1u);
    EXPECT_THAT(altered[0], ::testing::StartsWith("reference .docx style \"heading 1\" numbers"));
}

TEST_F(NumberedHeadingReference, TheFirmsNumberingIsKeptAndOursTakesOtherIds) {
    const XmlPart numbering(part("word/numbering.xml"));
    // Theirs: abstract 0 behind numId 1, no longer linked back to the heading style.
    EXPECT_EQ(numbering.string("//w:num[@w:numId='1']/w:abstractNumId/@w:val"), "0");
    EXPECT_EQ(numbering.count("//w:abstractNum[@w:abstractNumId='0']/w:lvl/w:pStyle"), 0);
    // No id twice.
    const auto abstract_ids = numbering.strings("//w:abstractNum/@w:abstractNumId");
    const auto num_ids = numbering.strings("//w:num/@w:numId");
    EXPECT_EQ(std::set<std::string>(abstract_ids.begin(), abstract_ids.end()).size(),
              abstract_ids.size());
    EXPECT_EQ(std::set<std::string>(num_ids.begin(), num_ids.end()).size(), num_ids.size());
    // The declaration's paragraphs use a numId of ours, numbered decimal from 1.
    const XmlPart body(part("word/document.xml"));
    const auto used = body.strings(
        "//w:p[w:pPr/w:pStyle/@w:val='DeclarationParagraph']/w:pPr/w:numPr/w:numId/@w:val");
    ASSERT_EQ(used.size(), 12u);
    EXPECT_NE(used.front(), "1");
    const std::string num = "//w:num[@w:numId='" + used.front() + "']";
    EXPECT_EQ(numbering.string(num + "/w:lvlOverride/w:startOverride/@w:val"), "1");
    EXPECT_NE(numbering.string(num + "/w:abstractNumId/@w:val"), "0");
    // Every numId the body names is defined.
    for (const auto& id : body.strings("//w:numPr/w:numId/@w:val")) {
        EXPECT_EQ(numbering.count("//w:num[@w:numId='" + id + "']"), 1) << id;
    }
}

TEST_F(NumberedHeadingReference, LibreOfficeShowsUnnumberedHeadingsAndParagraphOneAsOne) {
    ASSERT_NO_FATAL_FAILURE(require_program("soffice"));
    const std::string text = normalized(pdf_text(convert_to_pdf(output_)));
    EXPECT_THAT(text, ::testing::HasSubstr("Background 1. I was born in the town of Valle Alto."));
    EXPECT_THAT(text, ::testing::HasSubstr("The Threats 4. Statement paragraph number 4"));
    EXPECT_THAT(text, ::testing::HasSubstr("12. Executed under penalty of perjury."));
    EXPECT_THAT(text, ::testing::Not(::testing::HasSubstr("1. Background")));
}

TEST_F(ReferenceDocx, AMissingFileIsAnError) {
    docx::DocxOptions options = test_options();
    options.reference_docx = dir_ / "no-such-template.docx";
    const auto result = docx::write_docx(declaration(), options);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].file, options.reference_docx.string());
    EXPECT_EQ(result.diagnostics[0].message, "reference .docx not found");
    EXPECT_EQ(result.diagnostics[0].hint, "check the --reference-docx path");
}

TEST_F(ReferenceDocx, AFileThatIsNotAZipIsAnError) {
    docx::DocxOptions options = test_options();
    options.reference_docx = dir_ / "letter.docx";
    testing::write_file(options.reference_docx, "Dear colleague, this is plain text.\n");
    const auto result = docx::write_docx(declaration(), options);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].file, options.reference_docx.string());
    EXPECT_EQ(result.diagnostics[0].message,
              "reference .docx cannot be read: not a zip archive, so not a .docx");
}

TEST_F(ReferenceDocx, AReferenceWithoutStylesIsAnError) {
    auto parts = reference_parts();
    parts.erase("word/styles.xml");
    const auto problems = problems_with(parts);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].message, "reference .docx has no styles part (word/styles.xml)");
    EXPECT_EQ(problems[0].file, (dir_ / "broken.docx").string());
}

TEST_F(ReferenceDocx, MalformedStylesAreAnErrorWithTheLine) {
    auto parts = reference_parts();
    parts["word/styles.xml"] = "<?xml version=\"1.0\"?>\n<w:styles>\n<w:style>\n</w:styles>\n";
    const auto problems = problems_with(parts);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].message.rfind("reference .docx word/styles.xml is not well-formed XML: "
                                        "line ",
                                        0),
              0u)
        << problems[0].message;
}

TEST_F(ReferenceDocx, AZipThatIsNotAWordDocumentIsAnError) {
    const auto problems = problems_with({{"notes.txt", "hello"}});
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].message,
              "reference .docx lacks _rels/.rels, so it is not a Word document");
}

TEST_F(ReferenceDocx, AHeaderReferenceToNothingIsAnError) {
    auto parts = reference_parts();
    parts.erase("word/header1.xml");
    const auto problems = problems_with(parts);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].message, "reference .docx lacks the part word/header1.xml");
}

}  // namespace
}  // namespace amparo::docx_test

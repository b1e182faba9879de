// Unzips generated .docx files and checks, as parsed XML, that the Word structure the model asked
// for is there: heading styles, numbering, italics, styles, table header rows, fields.
#include <gtest/gtest.h>
#include <algorithm>

#include "document/from_commonmark.hpp"
#include "docx/docx_files.hpp"
#include "docx/docx_inspection.hpp"
#include "docx/libreoffice.hpp"
#include "docx/profile_layout.hpp"
#include "docx/sample_documents.hpp"
#include "support/test_paths.hpp"

namespace amparo::docx_test {
namespace {

using document::BlockKind;

class DocxStructure : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new std::filesystem::path(testing::make_scratch_dir("docx-structure"));
        save_docx(declaration(), test_options(), *dir_, "declaration.docx");
        save_docx(brief(), test_options(), *dir_, "brief.docx");
    }
    static void TearDownTestSuite() {
        std::filesystem::remove_all(*dir_);
        delete dir_;
    }
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(require_program("unzip")); }

    static std::string part(const std::string& docx, const std::string& entry) {
        return unzip_entry(*dir_ / docx, entry);
    }

    static std::filesystem::path* dir_;
};

std::filesystem::path* DocxStructure::dir_ = nullptr;

TEST_F(DocxStructure, PackageHoldsThePartsInAFixedOrder) {
    const std::vector<std::string> expected{
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/numbering.xml",
        "word/settings.xml",
        "word/footer-page-numbers.xml",
    };
    EXPECT_EQ(zip_entry_names(*dir_ / "declaration.docx"), expected);
}

TEST_F(DocxStructure, EveryPartIsWellFormedAndHasAContentType) {
    const XmlPart types(part("declaration.docx", "[Content_Types].xml"));
    ASSERT_TRUE(types.well_formed());
    for (const auto& name : zip_entry_names(*dir_ / "declaration.docx")) {
        EXPECT_TRUE(XmlPart(part("declaration.docx", name)).well_formed()) << name;
        if (name.ends_with(".xml") && name != "[Content_Types].xml") {
            EXPECT_EQ(types.count("/ct:Types/ct:Override[@PartName='/" + name + "']"), 1) << name;
        }
    }
}

TEST_F(DocxStructure, HeadingsUseWordsBuiltInHeadingStyles) {
    const XmlPart body(part("declaration.docx", "word/document.xml"));
    EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading1']"),
              (std::vector<std::string>{"Background", "The Threats", "Exhibit Index"}));
    EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading2']"),
              std::vector<std::string>{"Leaving the Country"});

    // Word recognises its built-in heading by the name "heading 1", and the navigation pane and
    // TOC by the outline level.
    const XmlPart styles(part("declaration.docx", "word/styles.xml"));
    EXPECT_EQ(styles.string("//w:style[@w:styleId='Heading1']/w:name/@w:val"), "heading 1");
    EXPECT_EQ(styles.string("//w:style[@w:styleId='Heading1']/w:pPr/w:outlineLvl/@w:val"), "0");
    EXPECT_EQ(styles.string("//w:style[@w:styleId='Heading2']/w:pPr/w:outlineLvl/@w:val"), "1");
}

TEST_F(DocxStructure, DeclarationParagraphsAreNumberedThroughNumberingXml) {
    const XmlPart body(part("declaration.docx", "word/document.xml"));
    const std::string numbered = "//w:p[w:pPr/w:pStyle/@w:val='DeclarationParagraph']";
    EXPECT_EQ(body.count(numbered), 12);
    EXPECT_EQ(body.count(numbered + "[w:pPr/w:numPr/w:numId]"), 12);
    // 1..12 run on across headings: one numbering instance, so Word renumbers on insertion.
    const auto num_ids = body.strings(numbered + "/w:pPr/w:numPr/w:numId/@w:val");
    ASSERT_FALSE(num_ids.empty());
    for (const auto& id : num_ids) EXPECT_EQ(id, num_ids.front());
    // The number is not typed into the text.
    EXPECT_EQ(body.string(numbered + "[1]"), "I was born in the town of Valle Alto.");

    const XmlPart numbering(part("declaration.docx", "word/numbering.xml"));
    const std::string num = "//w:num[@w:numId='" + num_ids.front() + "']";
    EXPECT_EQ(numbering.string(num + "/w:lvlOverride/w:startOverride/@w:val"), "1");
    const std::string abstract = numbering.string(num + "/w:abstractNumId/@w:val");
    const std::string level0 =
        "//w:abstractNum[@w:abstractNumId='" + abstract + "']/w:lvl[@w:ilvl='0']";
    EXPECT_EQ(numbering.string(level0 + "/w:numFmt/@w:val"), "decimal");
    EXPECT_EQ(numbering.string(level0 + "/w:lvlText/@w:val"), "%1.");
}

TEST_F(DocxStructure, ANumberingGapStartsAnInstanceAtTheModelsNumber) {
    document::Document doc;
    for (const int number : {1, 2, 7, 8}) {
        doc.blocks.push_back(numbered_paragraph(number, "Paragraph " + std::to_string(number)));
    }
    const auto dir = testing::make_scratch_dir("docx-gap");
    const auto path = save_docx(doc, test_options(), dir, "gap.docx");
    const XmlPart body(unzip_entry(path, "word/document.xml"));
    const auto ids = body.strings("//w:numPr/w:numId/@w:val");
    ASSERT_EQ(ids.size(), 4u);
    EXPECT_EQ(ids[0], ids[1]);
    EXPECT_NE(ids[1], ids[2]);
    EXPECT_EQ(ids[2], ids[3]);
    const XmlPart numbering(unzip_entry(path, "word/numbering.xml"));
    EXPECT_EQ(
        numbering.string("//w:num[@w:numId='" + ids[2] + "']/w:lvlOverride/w:startOverride/@w:val"),
        "7");
    std::filesystem::remove_all(dir);
}

TEST_F(DocxStructure, CaseNamesAreItalic) {
    const XmlPart body(part("declaration.docx", "word/document.xml"));
    EXPECT_EQ(body.count("//w:r[w:t='Matter of Acosta'][w:rPr/w:i]"), 1);
    EXPECT_EQ(body.count("//w:r[starts-with(w:t, ', which defines')][w:rPr/w:i]"), 0);
}

TEST_F(DocxStructure, BlockQuotesUseTheBlockTextStyle) {
    const XmlPart body(part("declaration.docx", "word/document.xml"));
    EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='BlockText']"),
              std::vector<std::string>{"Leave the school or your family will pay."});
    const XmlPart styles(part("declaration.docx", "word/styles.xml"));
    EXPECT_EQ(styles.string("//w:style[@w:styleId='BlockText']/w:name/@w:val"), "Block Text");
}

TEST_F(DocxStructure, ExhibitIndexIsATableWhoseHeaderRowRepeats) {
    const XmlPart body(part("declaration.docx", "word/document.xml"));
    ASSERT_EQ(body.count("//w:tbl"), 1);
    EXPECT_EQ(body.count("//w:tbl/w:tblGrid/w:gridCol"), 3);
    EXPECT_EQ(body.count("//w:tbl/w:tr"), 46);
    EXPECT_EQ(body.count("//w:tbl/w:tr[1]/w:trPr/w:tblHeader"), 1);
    EXPECT_EQ(body.count("//w:tbl/w:tr/w:trPr/w:tblHeader"), 1);
    EXPECT_EQ(body.strings("//w:tbl/w:tr[1]/w:tc"),
              (std::vector<std::string>{"Exhibit", "Description", "Pages"}));
    EXPECT_EQ(body.string("//w:tbl/w:tr[3]/w:tc[3]/w:p/w:pPr/w:jc/@w:val"), "right");
}

TEST_F(DocxStructure, FooterCarriesPageNumberFields) {
    const XmlPart body(part("declaration.docx", "word/document.xml"));
    const std::string id =
        body.string("/w:document/w:body/w:sectPr/w:footerReference[@w:type='default']/@r:id");
    const XmlPart rels(part("declaration.docx", "word/_rels/document.xml.rels"));
    const std::string target = rels.string("//pr:Relationship[@Id='" + id + "']/@Target");
    ASSERT_FALSE(target.empty());
    const XmlPart footer(part("declaration.docx", "word/" + target));
    EXPECT_EQ(footer.strings("//w:instrText"), (std::vector<std::string>{" PAGE ", " NUMPAGES "}));
    EXPECT_EQ(footer.count("//w:fldChar[@w:fldCharType='begin']"), 2);
    EXPECT_EQ(footer.count("//w:fldChar[@w:fldCharType='end']"), 2);
}

TEST_F(DocxStructure, PageBreakFallsBeforeTheExhibitIndex) {
    const XmlPart body(part("declaration.docx", "word/document.xml"));
    EXPECT_EQ(body.strings("//w:p[w:pPr/w:pageBreakBefore]"),
              std::vector<std::string>{"Exhibit Index"});
}

TEST_F(DocxStructure, PlaceholdersAreHighlighted) {
    const XmlPart body(part("declaration.docx", "word/document.xml"));
    EXPECT_EQ(body.string("//w:r[w:rPr/w:rStyle/@w:val='ToComplete']"),
              "[[TO COMPLETE: date of arrival]]");
    // Directly too: LibreOffice does not take highlighting from a character style.
    EXPECT_EQ(body.string("//w:r[w:rPr/w:rStyle/@w:val='ToComplete']/w:rPr/w:highlight/@w:val"),
              "yellow");
    const XmlPart styles(part("declaration.docx", "word/styles.xml"));
    EXPECT_EQ(styles.string("//w:style[@w:styleId='ToComplete']/w:rPr/w:highlight/@w:val"),
              "yellow");
}

TEST_F(DocxStructure, TableOfContentsIsAFieldWordUpdates) {
    const XmlPart body(part("brief.docx", "word/document.xml"));
    const auto instructions = field_instructions(body);
    EXPECT_EQ(std::count(instructions.begin(), instructions.end(), " TOC \\o \"1-3\" \\h \\z \\u "),
              1);
    // One field spanning the entries: begins in the first, ends in the last.
    EXPECT_EQ(body.count("(//w:p[w:pPr/w:pStyle/@w:val='TOC1'])[1]/w:r[1]/"
                         "w:fldChar[@w:fldCharType='begin']"),
              1);
    EXPECT_EQ(body.count("(//w:p[w:pPr/w:pStyle/@w:val='TOC3'])[last()]/w:r[last()]/"
                         "w:fldChar[@w:fldCharType='end']"),
              1);
    EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='TOC1']//w:t"),
              (std::vector<std::string>{"Statement of Facts", "Argument"}));
    EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='TOC2']//w:t"),
              std::vector<std::string>{"The Applicant Belongs to a Protected Group"});
    const XmlPart settings(part("brief.docx", "word/settings.xml"));
    EXPECT_EQ(settings.string("//w:updateFields/@w:val"), "true");
}

TEST_F(DocxStructure, EachTableHasATitleAndAPageOfItsOwn) {
    const XmlPart body(part("brief.docx", "word/document.xml"));
    const std::string titles = "//w:p[w:pPr/w:pStyle/@w:val='TOCHeading']";
    EXPECT_EQ(body.strings(titles),
              (std::vector<std::string>{"Table of Contents", "Table of Authorities"}));
    EXPECT_EQ(body.count(titles + "[w:pPr/w:pageBreakBefore]"), 2);
    // Each title is followed by its own table's paragraphs.
    EXPECT_EQ(body.string(titles + "[1]/following-sibling::w:p[1]/w:pPr/w:pStyle/@w:val"), "TOC1");
    EXPECT_EQ(body.string(titles + "[2]/following-sibling::w:p[1]/w:pPr/w:pStyle/@w:val"),
              "TOAHeading");
    // The titles' outline level is body text: the table of contents does not list them.
    const XmlPart styles(part("brief.docx", "word/styles.xml"));
    EXPECT_EQ(styles.string("//w:style[@w:styleId='TOCHeading']/w:name/@w:val"), "TOC Heading");
    EXPECT_EQ(styles.string("//w:style[@w:styleId='TOCHeading']/w:pPr/w:outlineLvl/@w:val"), "9");
}

TEST_F(DocxStructure, TableOfAuthoritiesIsATOAFieldPerCategory) {
    const XmlPart body(part("brief.docx", "word/document.xml"));
    EXPECT_EQ(body.strings("//w:p[w:pPr/w:pStyle/@w:val='TOAHeading']"),
              (std::vector<std::string>{"Cases", "Statutes"}));
    // Word's categories: 1 Cases, 2 Statutes. The field's cached result lists the entries.
    const auto instructions = field_instructions(body);
    EXPECT_EQ(std::count(instructions.begin(), instructions.end(), " TOA \\c \"1\" "), 1);
    EXPECT_EQ(std::count(instructions.begin(), instructions.end(), " TOA \\c \"2\" "), 1);
    const std::string entries = "//w:p[w:pPr/w:pStyle/@w:val='TableofAuthorities']";
    EXPECT_EQ(shown_texts(body, entries),
              (std::vector<std::string>{"Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)",
                                        "INA section 208(a)"}));
    EXPECT_EQ(body.count(entries + "[1]/w:r[1]/w:fldChar[@w:fldCharType='begin']"), 1);
    EXPECT_EQ(body.count(entries + "[1]/w:r[last()]/w:fldChar[@w:fldCharType='end']"), 1);
}

// Each authority its own paragraph, as the PDF sets it (with the space above it the style gives):
// the category's TOA field begins in its first entry's paragraph and ends in its last one's.
TEST_F(DocxStructure, EachAuthorityOfACategoryIsAParagraphOfItsTOAFieldsResult) {
    document::Document doc = brief();
    doc.authorities.insert(
        doc.authorities.begin() + 1,
        {{"cardoza",
          "Cases",
          {emphasis("INS v. Cardoza-Fonseca"), text(", 480 U.S. 421 (1987)")},
          "Cardoza-Fonseca, 480 U.S. 421"},
         {"mogharrabi",
          "Cases",
          {emphasis("Matter of Mogharrabi"), text(", 19 I&N Dec. 439 (BIA 1987)")},
          "Mogharrabi, 19 I&N Dec. 439"}});
    const auto dir = testing::make_scratch_dir("docx-toa");
    const XmlPart body(
        unzip_entry(save_docx(doc, test_options(), dir, "brief.docx"), "word/document.xml"));
    const std::string cases =
        "//w:p[w:pPr/w:pStyle/@w:val='TOAHeading'][.='Cases']/following-sibling::w:p";
    const std::string entries = cases + "[position() <= 3]";
    EXPECT_EQ(shown_texts(body, entries),
              (std::vector<std::string>{"Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)",
                                        "INS v. Cardoza-Fonseca, 480 U.S. 421 (1987)",
                                        "Matter of Mogharrabi, 19 I&N Dec. 439 (BIA 1987)"}));
    EXPECT_EQ(body.count(entries + "[w:pPr/w:pStyle/@w:val='TableofAuthorities']"), 3);
    EXPECT_EQ(body.count(entries + "[not(.//w:br)]"), 3);
    // begin, instruction, separate in the first; end in the last; no field char in the middle.
    EXPECT_EQ(body.strings(cases + "[1]/w:r/w:fldChar/@w:fldCharType"),
              (std::vector<std::string>{"begin", "separate"}));
    EXPECT_EQ(body.string(cases + "[1]/w:r[w:instrText]"), " TOA \\c \"1\" ");
    EXPECT_EQ(body.count(cases + "[2]//w:fldChar"), 0);
    EXPECT_EQ(body.strings(cases + "[3]/w:r/w:fldChar/@w:fldCharType"),
              std::vector<std::string>{"end"});
    EXPECT_EQ(body.count(cases + "[3]/w:r[last()]/w:fldChar[@w:fldCharType='end']"), 1);
    // The next category's heading follows, its own field after it.
    EXPECT_EQ(body.string(cases + "[4]"), "Statutes");
    const XmlPart styles(unzip_entry(dir / "brief.docx", "word/styles.xml"));
    EXPECT_GT(std::stoi(styles.string(
                  "//w:style[@w:styleId='TableofAuthorities']/w:pPr/w:spacing/@w:before")),
              0);
}

TEST_F(DocxStructure, ACitationCarriesAHiddenTAFieldWithItsLongCitationAndCategory) {
    const XmlPart body(part("brief.docx", "word/document.xml"));
    const auto instructions = field_instructions(body);
    std::vector<std::string> marks;
    for (const auto& instruction : instructions) {
        if (instruction.rfind(" TA ", 0) == 0) marks.push_back(instruction);
    }
    EXPECT_EQ(marks,
              std::vector<std::string>{" TA \\l \"Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)\" "
                                       "\\s \"Acosta, 19 I&N Dec. 211\" \\c 1 "});
    // Before the citation it marks, hidden like Word's own, the case name italic inside it.
    const std::string paragraph = "//w:p[w:r/w:instrText[starts-with(., ' TA ')]]";
    EXPECT_EQ(shown_texts(body, paragraph),
              std::vector<std::string>{"Under Acosta, the group is immutable."});
    EXPECT_EQ(body.count(paragraph + "/w:r[w:instrText or w:fldChar][not(w:rPr/w:vanish)]"), 0);
    EXPECT_EQ(body.count(paragraph + "/w:r[w:instrText = 'Matter of Acosta'][w:rPr/w:i]"), 1);
    EXPECT_EQ(body.count(paragraph + "/w:r[w:fldChar[@w:fldCharType='end']]/following-sibling::"
                                     "w:r[w:t = 'Acosta']"),
              1);
}

TEST_F(DocxStructure, ArgumentHeadingsAreNumberedByAWordOutlineList) {
    auto parsed = document::parse_commonmark(
        "# Argument\n\n## I. She Is Eligible\n\n### A. The Standard\n\n#### 1. A point\n\n"
        "### B. Past Persecution\n\n## II. Withholding\n\n# Conclusion\n",
        "brief.md");
    const auto dir = testing::make_scratch_dir("docx-outline");
    const auto path = save_docx(parsed.document, test_options(), dir, "outline.docx");
    const XmlPart body(unzip_entry(path, "word/document.xml"));
    const std::string numbered = "//w:p[w:pPr/w:numPr]";
    // The typed numbers are gone from the text; Word draws them.
    EXPECT_EQ(body.strings(numbered),
              (std::vector<std::string>{"She Is Eligible", "The Standard", "A point",
                                        "Past Persecution", "Withholding"}));
    EXPECT_EQ(body.strings(numbered + "/w:pPr/w:numPr/w:ilvl/@w:val"),
              (std::vector<std::string>{"0", "1", "2", "1", "0"}));
    const auto ids = body.strings(numbered + "/w:pPr/w:numPr/w:numId/@w:val");
    ASSERT_EQ(ids.size(), 5u);
    for (const auto& id : ids) EXPECT_EQ(id, ids.front());
    EXPECT_EQ(body.strings("//w:p[not(w:pPr/w:numPr)][w:pPr/w:pStyle/@w:val='Heading1']"),
              (std::vector<std::string>{"Argument", "Conclusion"}));

    const XmlPart numbering(unzip_entry(path, "word/numbering.xml"));
    const std::string abstract = "//w:abstractNum[@w:abstractNumId=//w:num[@w:numId='" +
                                 ids.front() + "']/w:abstractNumId/@w:val]";
    EXPECT_EQ(numbering.strings(abstract + "/w:lvl/w:numFmt/@w:val"),
              (std::vector<std::string>{"upperRoman", "upperLetter", "decimal"}));
    EXPECT_EQ(numbering.strings(abstract + "/w:lvl/w:lvlText/@w:val"),
              (std::vector<std::string>{"%1.", "%2.", "%3."}));
    std::filesystem::remove_all(dir);
}

TEST_F(DocxStructure, CoverPageHasAnEmptyFooterOfItsOwn) {
    const XmlPart body(part("brief.docx", "word/document.xml"));
    EXPECT_EQ(body.count("/w:document/w:body/w:sectPr/w:titlePg"), 1);
    const std::string id =
        body.string("/w:document/w:body/w:sectPr/w:footerReference[@w:type='first']/@r:id");
    const XmlPart rels(part("brief.docx", "word/_rels/document.xml.rels"));
    const XmlPart footer(
        part("brief.docx", "word/" + rels.string("//pr:Relationship[@Id='" + id + "']/@Target")));
    EXPECT_EQ(footer.string("/w:ftr"), "");
    // The page after the cover starts with the table of contents' title.
    EXPECT_EQ(body.string("//w:p[w:pPr/w:pageBreakBefore][1]"), "Table of Contents");
}

// A profile that justifies the body and numbers the cover: the DOCX does both, as the PDF does.
TEST_F(DocxStructure, AProfileThatJustifiesAndNumbersTheCoverIsFollowed) {
    profile::CourtProfile court = profile::default_profile();
    court.justify = true;
    court.number_cover_page = true;
    court.footer = "{page}";
    docx::DocxOptions options = test_options();
    options.page = docx::page_layout(court);
    options.text = docx::text_defaults(court);
    const auto docx = save_docx(brief(), options, *dir_, "justified.docx");
    const XmlPart styles(unzip_entry(docx, "word/styles.xml"));
    EXPECT_EQ(styles.string("//w:style[@w:styleId='BodyText']/w:pPr/w:jc/@w:val"), "both");
    const XmlPart body(unzip_entry(docx, "word/document.xml"));
    EXPECT_EQ(body.count("/w:document/w:body/w:sectPr/w:titlePg"), 0);
    EXPECT_EQ(body.count("/w:document/w:body/w:sectPr/w:footerReference[@w:type='first']"), 0);
    const XmlPart footer(unzip_entry(docx, "word/footer-page-numbers.xml"));
    EXPECT_EQ(shown_texts(footer, "//w:p"), std::vector<std::string>{"1"});
}

TEST_F(DocxStructure, CrossReferencesAndLinksResolve) {
    const XmlPart body(part("brief.docx", "word/document.xml"));
    const std::string bookmark = body.string(
        "//w:p[w:pPr/w:pStyle/@w:val='Heading1'][. = 'Argument']/w:bookmarkStart/@w:name");
    ASSERT_FALSE(bookmark.empty());
    EXPECT_EQ(body.strings("//w:hyperlink[@w:anchor='" + bookmark + "']"),
              (std::vector<std::string>{"Argument", "Part II"}));  // the TOC entry, the text

    const std::string id = body.string("//w:hyperlink[. = 'the country report']/@r:id");
    const XmlPart rels(part("brief.docx", "word/_rels/document.xml.rels"));
    EXPECT_EQ(rels.string("//pr:Relationship[@Id='" + id + "']/@Target"),
              "https://example.org/country-report");
    EXPECT_EQ(rels.string("//pr:Relationship[@Id='" + id + "']/@TargetMode"), "External");
}

TEST_F(DocxStructure, ListsAreNumberedByWord) {
    const XmlPart body(part("brief.docx", "word/document.xml"));
    const auto ids =
        body.strings("//w:p[w:pPr/w:pStyle/@w:val='ListParagraph']/w:pPr/w:numPr/w:numId/@w:val");
    ASSERT_EQ(ids.size(), 4u);
    EXPECT_EQ(ids[0], ids[1]);
    EXPECT_NE(ids[1], ids[2]);
    const XmlPart numbering(part("brief.docx", "word/numbering.xml"));
    const auto format_of = [&](const std::string& num_id) {
        const std::string abstract =
            numbering.string("//w:num[@w:numId='" + num_id + "']/w:abstractNumId/@w:val");
        return numbering.string("//w:abstractNum[@w:abstractNumId='" + abstract +
                                "']/w:lvl[@w:ilvl='0']/w:numFmt/@w:val");
    };
    EXPECT_EQ(format_of(ids[0]), "decimal");
    EXPECT_EQ(format_of(ids[2]), "bullet");
}

TEST_F(DocxStructure, CorePropertiesCarryTitleAndTheSourceDateEpoch) {
    const XmlPart core(part("declaration.docx", "docProps/core.xml"));
    EXPECT_EQ(core.string("//dc:title"), "Declaration of the Applicant");
    // SOURCE_DATE_EPOCH=1700000000 (set by ctest) is 2023-11-14 22:13:20 UTC.
    EXPECT_EQ(core.string("//dcterms:created"), "2023-11-14T22:13:20Z");
}

TEST_F(DocxStructure, TextXmlCannotCarryIsDropped) {
    document::Document doc;
    doc.blocks.push_back(paragraph(
        {text(std::string("bell\x07 nul") + '\0' + "vt\x0b bad\xff" + "byte caf\xc3\xa9")}));
    const auto dir = testing::make_scratch_dir("docx-control");
    const auto path = save_docx(doc, test_options(), dir, "control.docx");
    const XmlPart body(unzip_entry(path, "word/document.xml"));
    ASSERT_TRUE(body.well_formed());
    EXPECT_EQ(body.string("//w:body/w:p[1]"),
              "bell nulvt bad\xef\xbf\xbd"
              "byte caf\xc3\xa9");
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace amparo::docx_test

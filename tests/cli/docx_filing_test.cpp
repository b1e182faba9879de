// The DOCX documents as the attorney who finishes them in Word gets them: a TA field at every
// citation and a TOA field per category, both tables titled on pages of their own, the argument's
// headings numbered by a Word list with the numbers the PDF prints, and a firm template with
// numbered headings that leaves the declaration's paragraph numbers alone. Read through unzip and
// XPath, and through LibreOffice as the attorney's office suite would read them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "cli/amparo_run.hpp"
#include "document/from_commonmark.hpp"
#include "document/plain_text.hpp"
#include "document/typographic_quotes.hpp"
#include "docx/docx_inspection.hpp"
#include "docx/libreoffice.hpp"
#include "render/authority_registry.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// Asylum and withholding: an outline I., II. with A. to H. under I.
const char* const brief_sample = "herrera-journalist";
const char* const declaration_sample = "ramirez-business-extortion";

// `amparo build samples/ID.yaml` into a new folder, plus `extra` options; returns the case's
// output folder. Warnings go to `warnings` when asked for.
fs::path build_sample(const std::string& id, const std::vector<std::string>& extra = {},
                      std::string* warnings = nullptr) {
    const auto out = testing::make_scratch_dir("docx-filing");
    std::vector<std::string> arguments{
        "build", "samples/" + id + ".yaml", "-o", out.string(), "--formats", "pdf,docx,md"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const auto result = testing::run_amparo(arguments);
    if (result.exit_code != 0) {
        throw std::runtime_error("amparo build failed: " + result.out + result.err);
    }
    if (warnings != nullptr) *warnings = result.out + result.err;
    return out / id;
}

// LibreOffice's reading of a built .docx, from a copy (its PDF would replace amparo's).
std::string libreoffice_text(const fs::path& docx) {
    const auto copy = testing::make_scratch_dir("docx-filing-lo") / docx.filename();
    fs::copy_file(docx, copy);
    return docx_test::pdf_text(docx_test::convert_to_pdf(copy));
}

// Text compared across readers: white space as docx_test::normalized makes it, and the curly
// apostrophe the writers print as the straight one the Markdown has.
std::string comparable(const std::string& text) {
    return std::regex_replace(docx_test::normalized(text), std::regex("\xE2\x80\x99"), "'");
}

// The registry keys of the brief's citations in order, from the rendered text the document model
// is parsed from: one `[citation](authority:KEY)` link per citation.
// The authority keys of every citation the brief template wrote for a sample, in order: what
// `amparo render` prints keeps the template's `authority:` links (the .md has the citations as
// printed).
std::vector<std::string> cited_keys(const std::string& id) {
    const auto rendered =
        testing::run_amparo({"render", "brief/brief", "--case", "samples/" + id + ".yaml"});
    EXPECT_EQ(rendered.exit_code, 0) << rendered.err;
    const std::string& markdown = rendered.out;
    static const std::regex link{R"(\]\(authority:([A-Za-z0-9_-]+)\))"};
    std::vector<std::string> keys;
    for (auto it = std::sregex_iterator(markdown.begin(), markdown.end(), link);
         it != std::sregex_iterator(); ++it) {
        keys.push_back((*it)[1]);
    }
    return keys;
}

// Word's category numbers, as its Mark Citation dialog lists them: 1 Cases, 2 Statutes, 3 Other
// Authorities, 6 Regulations.
int word_category(const std::string& registry_category) {
    if (registry_category == "case") return 1;
    if (registry_category == "statute") return 2;
    if (registry_category == "regulation") return 6;
    return 3;
}

// A TA field as the test expects it: "<long citation> \c <category>".
std::string expected_mark(const render::Authority& authority) {
    auto parsed = document::parse_commonmark(authority.full, "authorities.yaml");
    document::use_typographic_quotes(parsed.document);
    return document::plain_text(parsed.document.blocks.at(0).inlines) + " \\c " +
           std::to_string(word_category(authority.category));
}

// A TA field's instruction as "<long citation, unescaped> \c <category>".
std::string found_mark(const std::string& instruction) {
    static const std::regex shape{
        R"re(^ TA \\l "((?:[^"\\]|\\.)*)"(?: \\s "(?:[^"\\]|\\.)*")? \\c (\d+) $)re"};
    std::smatch match;
    if (!std::regex_match(instruction, match, shape)) return "malformed: " + instruction;
    const std::string unescaped = std::regex_replace(match[1].str(), std::regex(R"(\\(.))"), "$1");
    return unescaped + " \\c " + match[2].str();
}

std::vector<std::string> instructions_starting(const fs::path& docx, const std::string& prefix) {
    const docx_test::XmlPart body(docx_test::unzip_entry(docx, "word/document.xml"));
    std::vector<std::string> found;
    for (const auto& instruction : docx_test::field_instructions(body)) {
        if (instruction.rfind(prefix, 0) == 0) found.push_back(instruction);
    }
    return found;
}

// The argument's numbered headings as the Markdown types them ("II. Applicant Is Entitled ...").
std::vector<std::string> numbered_headings(const fs::path& markdown) {
    static const std::regex numbered{R"(^#{2,4} ((?:[IVX]+|[A-Z]|[0-9]+)\. .*)$)"};
    std::vector<std::string> headings;
    std::istringstream lines(testing::read_file(markdown));
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (std::regex_match(line, match, numbered)) headings.push_back(comparable(match[1]));
    }
    return headings;
}

// Each numbered heading, in order, in the body of a brief's text (after both tables, which list
// them too): in Word's reading the number comes from the list, in the PDF it is typed.
void expect_numbered_headings_in_body(const std::vector<std::string>& headings,
                                      const std::string& text, const std::string& reader) {
    const auto tables = text.find("Table of Authorities");
    ASSERT_NE(tables, std::string::npos) << reader;
    std::size_t at = text.find("Statement of Facts", tables);
    ASSERT_NE(at, std::string::npos) << reader;
    for (const auto& heading : headings) {
        const auto found = text.find(heading, at);
        EXPECT_NE(found, std::string::npos)
            << reader << ": heading '" << heading << "' missing or out of order";
        if (found != std::string::npos) at = found;
    }
}

class DocxFiling : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { brief_case_ = new fs::path(build_sample(brief_sample)); }
    static void TearDownTestSuite() {
        delete brief_case_;
        brief_case_ = nullptr;
    }
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(docx_test::require_program("unzip")); }

    static fs::path* brief_case_;
};

fs::path* DocxFiling::brief_case_ = nullptr;

TEST_F(DocxFiling, EveryCitationInTheBriefHasATAFieldAndEachCategoryATOAField) {
    Diagnostics problems;
    const auto registry = render::AuthorityRegistry::load(
        testing::source_dir() / "templates/authorities.yaml", problems);
    ASSERT_TRUE(registry.has_value());
    const auto keys = cited_keys(brief_sample);
    ASSERT_GT(keys.size(), 10u);

    std::vector<std::string> expected;
    std::set<std::string> expected_tables;
    for (const auto& key : keys) {
        const render::Authority* authority = registry->find(key);
        ASSERT_NE(authority, nullptr) << key;
        expected.push_back(expected_mark(*authority));
        expected_tables.insert(" TOA \\c \"" + std::to_string(word_category(authority->category)) +
                               "\" ");
    }
    std::vector<std::string> found;
    for (const auto& instruction : instructions_starting(*brief_case_ / "brief.docx", " TA ")) {
        found.push_back(found_mark(instruction));
    }
    // One TA field per citation, in the order of the citations.
    EXPECT_EQ(found, expected);

    // One TOA field per category the brief cites, no other.
    const auto tables = instructions_starting(*brief_case_ / "brief.docx", " TOA ");
    EXPECT_EQ(std::set<std::string>(tables.begin(), tables.end()), expected_tables);
    EXPECT_EQ(tables.size(), expected_tables.size());
}

TEST_F(DocxFiling, LibreOfficeShowsEachTableTitledAtTheTopOfAPageOfItsOwn) {
    ASSERT_NO_FATAL_FAILURE(docx_test::require_program("soffice"));
    const std::string text = libreoffice_text(*brief_case_ / "brief.docx");
    std::vector<std::string> pages;
    std::istringstream split(text);
    for (std::string page; std::getline(split, page, '\f');) pages.push_back(comparable(page));
    const auto page_starting = [&](const std::string& title) {
        for (std::size_t i = 0; i < pages.size(); ++i) {
            if (pages[i].rfind(title, 0) == 0) return i;
        }
        return pages.size();
    };
    const std::size_t contents = page_starting("Table of Contents");
    const std::size_t authorities = page_starting("Table of Authorities");
    ASSERT_LT(contents, pages.size()) << "no page starts with the title";
    ASSERT_LT(authorities, pages.size()) << "no page starts with the title";
    EXPECT_GE(contents, 1u);  // after the cover page
    EXPECT_GT(authorities, contents);
    EXPECT_THAT(pages[contents], HasSubstr("Statement of Facts"));
    EXPECT_THAT(pages[contents], ::testing::Not(HasSubstr("Cases")));

    // The TOA fields' cached result lists every authority cited, under its category, before the
    // body begins.
    const std::string whole = comparable(text);
    const auto table = whole.find("Table of Authorities Cases ");
    ASSERT_NE(table, std::string::npos);
    const auto body = whole.find("Statement of Facts", table);
    ASSERT_NE(body, std::string::npos);
    const std::string listed = whole.substr(table, body - table);
    Diagnostics problems;
    const auto registry = render::AuthorityRegistry::load(
        testing::source_dir() / "templates/authorities.yaml", problems);
    ASSERT_TRUE(registry.has_value());
    for (const auto& key : cited_keys(brief_sample)) {
        const std::string mark = expected_mark(*registry->find(key));
        const std::string citation = comparable(mark.substr(0, mark.rfind(" \\c ")));
        EXPECT_THAT(listed, HasSubstr(citation)) << key;
    }
}

TEST_F(DocxFiling, WordsNumbersForTheArgumentHeadingsAreThePdfs) {
    ASSERT_NO_FATAL_FAILURE(docx_test::require_program("soffice"));
    const auto headings = numbered_headings(*brief_case_ / "brief.md");
    ASSERT_GE(headings.size(), 10u);
    ASSERT_EQ(headings.front().rfind("I. ", 0), 0u) << headings.front();
    // In the DOCX the number is not typed: Word's list draws it.
    const docx_test::XmlPart body(
        docx_test::unzip_entry(*brief_case_ / "brief.docx", "word/document.xml"));
    EXPECT_EQ(body.count("//w:p[w:pPr/w:numPr][starts-with(., 'I. ') or starts-with(., 'A. ')]"),
              0);
    EXPECT_EQ(body.count("//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'Heading')][w:pPr/w:numPr]"),
              static_cast<int>(headings.size()));

    expect_numbered_headings_in_body(
        headings, comparable(docx_test::pdf_text(*brief_case_ / "brief.pdf")), "PDF");
    expect_numbered_headings_in_body(
        headings, comparable(libreoffice_text(*brief_case_ / "brief.docx")), "LibreOffice");
}

// A firm template saved by LibreOffice with chapter numbering on its headings: LibreOffice writes
// the numbering into "Heading 1" and "Heading 2" as numId 1 of its own numbering part.
const char* const numbered_template = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
      style:parent-style-name="Standard" style:default-outline-level="1">
   <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
      style:parent-style-name="Standard" style:default-outline-level="2"/>
  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/>
   <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."/>
  </text:outline-style>
 </office:styles>
 <office:body><office:text>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">Firm heading</text:h>
  <text:h text:style-name="Heading_20_2" text:outline-level="2">Firm subheading</text:h>
  <text:p text:style-name="Standard">Firm text.</text:p>
 </office:text></office:body>
</office:document>
)";

TEST(DocxFirmTemplate, NumberedHeadingsInTheReferenceLeaveTheDeclarationsNumbersAlone) {
    ASSERT_NO_FATAL_FAILURE(docx_test::require_program("soffice"));
    ASSERT_NO_FATAL_FAILURE(docx_test::require_program("unzip"));
    const auto dir = testing::make_scratch_dir("firm-template");
    testing::write_file(dir / "firm.fodt", numbered_template);
    const auto reference = docx_test::convert_with_libreoffice(dir / "firm.fodt", "docx");
    // The premise: LibreOffice numbered "Heading 1" through numId 1.
    const docx_test::XmlPart styles(docx_test::unzip_entry(reference, "word/styles.xml"));
    ASSERT_EQ(styles.string("//w:style[w:name/@w:val='Heading 1']/w:pPr/w:numPr/w:numId/@w:val"),
              "1");

    std::string warnings;
    const auto built =
        build_sample(declaration_sample, {"--reference-docx", reference.string()}, &warnings);
    EXPECT_THAT(warnings, HasSubstr("style \"Heading 1\" numbers its paragraphs"));
    EXPECT_THAT(warnings, HasSubstr("style \"Heading 2\" numbers its paragraphs"));

    // The declaration: paragraph 1 is still "1.", and no heading line starts with a number.
    const std::string markdown = testing::read_file(built / "declaration.md");
    std::smatch first;
    ASSERT_TRUE(std::regex_search(markdown, first, std::regex(R"(\n1\. ([^.\n]+\.))")));
    const std::string text = libreoffice_text(built / "declaration.docx");
    EXPECT_THAT(comparable(text), HasSubstr("1. " + comparable(first[1])));
    std::set<std::string> lines_read;
    std::istringstream read(text);
    for (std::string line; std::getline(read, line);) lines_read.insert(comparable(line));
    std::istringstream lines(markdown);
    int headings = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("#", 0) != 0) continue;
        const std::string heading = comparable(line.substr(line.find(' ') + 1));
        EXPECT_EQ(lines_read.count(heading), 1u) << "heading '" << heading << "' not on a line "
                                                 << "of its own, unnumbered";
        ++headings;
    }
    EXPECT_GE(headings, 5);

    // The brief: the argument's headings still numbered I., A. as in the PDF.
    const auto numbered = numbered_headings(built / "brief.md");
    ASSERT_FALSE(numbered.empty());
    expect_numbered_headings_in_body(numbered, comparable(libreoffice_text(built / "brief.docx")),
                                     "LibreOffice with the firm's template");
}

}  // namespace
}  // namespace amparo

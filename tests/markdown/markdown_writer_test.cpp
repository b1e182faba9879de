// The Markdown writer, tested by reading its output back with the parser the pipeline uses:
// whatever the text of a fact, the .md must read back as the same blocks and the same words.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "document/from_commonmark.hpp"
#include "document/placeholder_mark.hpp"
#include "document/plain_text.hpp"
#include "markdown/markdown_writer.hpp"
#include "support/test_paths.hpp"

namespace amparo::markdown {
namespace {

using document::Block;
using document::BlockKind;
using document::Inline;
using document::InlineKind;
using ::testing::HasSubstr;
using ::testing::Not;

// What a reader of the document sees, block by block: kind, number and words. Cover pages are
// read through, and what only the PDF and DOCX lay out (page breaks, the writer-filled tables)
// is left out; a signature block reads like the paragraph of lines it becomes in Markdown.
void project(const std::vector<Block>& blocks, std::vector<std::string>& out) {
    for (const auto& block : blocks) {
        switch (block.kind) {
            case BlockKind::CoverPage:
            case BlockKind::BlockQuote:
                out.push_back(block.kind == BlockKind::BlockQuote ? "quote" : "");
                project(block.children, out);
                break;
            case BlockKind::List: {
                int number = block.start;
                for (const auto& item : block.items) {
                    out.push_back(block.ordered ? "item " + std::to_string(number++) : "bullet");
                    project(item, out);
                }
                break;
            }
            case BlockKind::Table:
                for (const auto& cell : block.table.header)
                    out.push_back("th " + document::plain_text(cell.inlines));
                for (const auto& row : block.table.rows)
                    for (const auto& cell : row)
                        out.push_back("td " + document::plain_text(cell.inlines));
                break;
            case BlockKind::SignatureBlock: {
                std::string text;
                for (const auto& line : block.lines)
                    text += (text.empty() ? "" : " ") + document::plain_text(line);
                out.push_back("p " + text);
                break;
            }
            case BlockKind::Heading:
                out.push_back("h" + std::to_string(block.level) + " " +
                              document::plain_text(block.inlines));
                break;
            case BlockKind::NumberedParagraph:  // Markdown has ordered list items for them
                out.push_back("item " + std::to_string(block.number));
                out.push_back("p " + document::plain_text(block.inlines));
                break;
            case BlockKind::Paragraph:
                out.push_back("p " + document::plain_text(block.inlines));
                break;
            case BlockKind::CodeBlock:
                out.push_back("code " + block.text);
                break;
            case BlockKind::ThematicBreak:
                out.push_back("break");
                break;
            case BlockKind::PageBreak:
            case BlockKind::TableOfContents:
            case BlockKind::TableOfAuthorities:
                break;
        }
    }
}

std::vector<std::string> projection(const document::Document& document) {
    std::vector<std::string> out;
    project(document.blocks, out);
    out.erase(std::remove(out.begin(), out.end(), ""), out.end());
    return out;
}

document::Document parsed(const std::string& markdown) {
    auto result = document::parse_commonmark(markdown, "test.md");
    EXPECT_THAT(result.problems, ::testing::IsEmpty());
    return result.document;
}

Inline text(const std::string& value) { return {InlineKind::Text, value, "", {}}; }

Block paragraph(std::vector<Inline> inlines) {
    Block block;
    block.kind = BlockKind::Paragraph;
    block.inlines = std::move(inlines);
    return block;
}

// Text a fact might hold that CommonMark would otherwise read as markup.
const std::vector<std::string> kHostileTexts = {
    "*not emphasis* and _not either_",
    "[not a link](http://example.org) nor ![an image](x.png)",
    "# not a heading",
    "12. not a list item",
    "3) nor this",
    "- not a bullet",
    "+ nor this",
    "> not a quote",
    "<b>not HTML</b> <!-- nor a comment -->",
    "&amp; stays five characters, & stays one",
    "`not code`",
    "a \\ backslash and a trailing one \\",
    "[[TO COMPLETE: typed by the applicant, not a template]]",
    "~~not struck~~",
    "=== not a setext underline",
    "    four leading spaces are not code",
};

TEST(MarkdownWriter, HostileTextReadsBackAsTypedAtTheStartOfALineOrInside) {
    for (const auto& hostile : kHostileTexts) {
        document::Document model;
        model.blocks.push_back(paragraph({text(hostile)}));
        model.blocks.push_back(paragraph({text("Before "), text(hostile)}));
        Block signature;
        signature.kind = BlockKind::SignatureBlock;
        signature.lines = {{text("Name")}, {text(hostile)}};
        model.blocks.push_back(signature);
        const std::string written = write_markdown(model);
        auto back = parsed(written);
        std::string expected = hostile;
        expected.erase(0, expected.find_first_not_of(' '));  // leading spaces are not kept
        ASSERT_EQ(back.blocks.size(), 3u) << written;
        EXPECT_EQ(back.blocks[0].kind, BlockKind::Paragraph) << written;
        EXPECT_EQ(document::plain_text(back.blocks[0].inlines), expected) << written;
        EXPECT_EQ(document::plain_text(back.blocks[1].inlines), "Before " + hostile) << written;
        EXPECT_EQ(document::plain_text(back.blocks[2].inlines), "Name " + expected) << written;
        for (const auto& node : back.blocks[0].inlines)
            EXPECT_EQ(node.kind, InlineKind::Text) << hostile;
    }
}

TEST(MarkdownWriter, HostileTextInATableCellStaysInItsCell) {
    document::Document model;
    Block table;
    table.kind = BlockKind::Table;
    table.table.column_align = {document::Align::Left, document::Align::Right};
    table.table.header = {{{text("Exhibit")}}, {{text("Pages")}}};
    table.table.rows = {{{{text("a | b *c*")}}, {{text("1–4")}}}};
    model.blocks.push_back(table);
    auto back = parsed(write_markdown(model));
    EXPECT_EQ(projection(back),
              (std::vector<std::string>{"th Exhibit", "th Pages", "td a | b *c*", "td 1–4"}));
}

TEST(MarkdownWriter, MarksBecomeCommonMarkAndSpacesStayOutsideTheDelimiters) {
    document::Document model;
    model.blocks.push_back(paragraph(
        {text("See "),
         {InlineKind::AuthorityRef,
          "",
          "acosta",
          {{InlineKind::Emphasis, "", "", {text("Matter of Acosta ")}}, text(", 19 I&N Dec. 211")}},
         text(" and "),
         {InlineKind::Strong, "", "", {text("DETAINED")}},
         text(" "),
         {InlineKind::Placeholder, "A-number", "", {}}}));
    const std::string written = write_markdown(model);
    EXPECT_EQ(
        written,
        "See *Matter of Acosta* , 19 I&N Dec. 211 and **DETAINED** [[TO COMPLETE: A-number]]\n");
    EXPECT_THAT(written, Not(HasSubstr("authority:")));
    // Read back as a template's output would be, the placeholder is a placeholder again.
    auto back = parsed(document::mark_template_placeholders(written));
    EXPECT_THAT(document::placeholders(back), ::testing::ElementsAre("A-number"));
}

TEST(MarkdownWriter, EveryBlockOfTheDirectivesFixtureReadsBack) {
    // The fixture uses every directive the templates may: cover, centre, signature, numbered
    // paragraphs, TOC, TOA, page breaks.
    const std::string source = document::mark_template_placeholders(
        testing::read_file(testing::source_dir() / "tests/document/golden/directives.md"));
    auto original = document::parse_commonmark(source, "directives.md").document;
    const std::string written = write_markdown(original);
    EXPECT_THAT(written, Not(HasSubstr("<!--")));
    EXPECT_THAT(written, Not(HasSubstr("](authority:")));
    EXPECT_THAT(written, Not(HasSubstr("](#")));
    auto back = parsed(document::mark_template_placeholders(written));
    // The tables of contents and authorities come back as a heading followed by lists (and, for
    // authorities, category headings); the rest must be the same blocks, words and numbers.
    std::vector<Block> content;
    bool in_table = false;
    for (const auto& block : back.blocks) {
        const std::string title =
            block.kind == BlockKind::Heading ? document::plain_text(block.inlines) : "";
        if (title == "Table of Contents" || title == "Table of Authorities") {
            in_table = true;
            continue;
        }
        in_table = in_table && (block.kind == BlockKind::List ||
                                (block.kind == BlockKind::Heading && block.level == 2));
        if (!in_table) content.push_back(block);
    }
    document::Document read_back;
    read_back.blocks = content;
    auto expected = projection(original);
    EXPECT_EQ(projection(read_back), expected) << written;
}

TEST(MarkdownWriter, TablesOfContentsAndAuthoritiesAreWrittenOut) {
    document::Document model;
    Block toc;
    toc.kind = BlockKind::TableOfContents;
    Block toa;
    toa.kind = BlockKind::TableOfAuthorities;
    Block heading;
    heading.kind = BlockKind::Heading;
    heading.level = 2;
    heading.inlines = {text("I. The Respondent Is Eligible")};
    model.blocks = {toc, toa, heading};
    model.authorities = {
        {"acosta", "Cases", {{InlineKind::Emphasis, "", "", {text("Matter of Acosta")}}}, ""},
        {"ina-208", "Statutes", {text("8 U.S.C. § 1158")}, ""}};
    EXPECT_EQ(write_markdown(model),
              "# Table of Contents\n\n  - I. The Respondent Is Eligible\n\n"
              "# Table of Authorities\n\n## Cases\n\n- *Matter of Acosta*\n\n"
              "## Statutes\n\n- 8 U.S.C. § 1158\n\n"
              "## I. The Respondent Is Eligible\n");
}

}  // namespace
}  // namespace amparo::markdown

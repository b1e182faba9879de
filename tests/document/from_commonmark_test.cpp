// CommonMark -> model: golden dumps of fixture documents, and directive problems at their lines.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <cstdlib>

#include "document/dump.hpp"
#include "document/from_commonmark.hpp"
#include "document/placeholder_mark.hpp"
#include "document/plain_text.hpp"
#include "support/test_paths.hpp"

namespace amparo::document {
namespace {

using ::testing::ElementsAre;

std::filesystem::path golden_dir() { return testing::source_dir() / "tests/document/golden"; }

// Compares the dump with NAME.dump; AMPARO_UPDATE_GOLDEN=1 rewrites it (review the diff!). The
// fixture stands for a template's output, so its placeholders are marked as the renderer does.
void expect_golden(const std::string& name) {
    auto result = parse_commonmark(
        mark_template_placeholders(testing::read_file(golden_dir() / (name + ".md"))),
        name + ".md");
    std::string actual = dump(result.document);
    auto expected_path = golden_dir() / (name + ".dump");
    if (const char* update = std::getenv("AMPARO_UPDATE_GOLDEN"); update && *update == '1') {
        testing::write_file(expected_path, actual);
    }
    EXPECT_EQ(actual, testing::read_file(expected_path)) << "golden " << expected_path;
}

TEST(FromCommonMark, EveryDirectiveAndInlineConvention) { expect_golden("directives"); }

TEST(FromCommonMark, DirectivesParseWithoutProblems) {
    auto result = parse_commonmark(testing::read_file(golden_dir() / "directives.md"), "d.md");
    EXPECT_THAT(result.problems, ::testing::IsEmpty());
}

TEST(FromCommonMark, PlaceholdersAreListedInOrder) {
    auto result =
        parse_commonmark(mark_template_placeholders(
                             "A [[TO COMPLETE: first gap]] b.\n\n> [[TO COMPLETE: second gap]]\n"),
                         "p.md");
    EXPECT_THAT(placeholders(result.document), ElementsAre("first gap", "second gap"));
}

TEST(FromCommonMark, APlaceholderIsOneWhateverMarkupItsWordsHold) {
    // A field name in backticks and a template line break inside the brackets once split the
    // placeholder into plain text, uncounted and not highlighted.
    auto result = parse_commonmark(
        mark_template_placeholders("1. My brother died. [[TO COMPLETE: what happened (the\n"
                                   "version-1 `harm` text is *not* printed)]] Then.\n"),
        "p.md");
    EXPECT_THAT(placeholders(result.document),
                ElementsAre("what happened (the version-1 harm text is not printed)"));
    EXPECT_EQ(plain_text(result.document.blocks.at(0).items.at(0).at(0).inlines),
              "My brother died. [[TO COMPLETE: what happened (the version-1 harm text is not "
              "printed)]] Then.");
}

TEST(FromCommonMark, PlaceholderTextATemplateDidNotWriteStaysText) {
    // What a fact reading "[[TO COMPLETE: x]]" becomes once escaped and parsed: plain text.
    auto result = parse_commonmark("He wrote \\[\\[TO COMPLETE: x\\]\\] on the form.\n", "f.md");
    EXPECT_THAT(placeholders(result.document), ::testing::IsEmpty());
    EXPECT_EQ(plain_text(result.document.blocks.at(0).inlines),
              "He wrote [[TO COMPLETE: x]] on the form.");
}

TEST(FromCommonMark, NumberedParagraphsKeepTheirNumbersAcrossHeadings) {
    auto result = parse_commonmark(
        "<!-- amparo:numbered -->\n1. One.\n2. Two.\n\n## Next\n\n<!-- amparo:numbered -->\n"
        "3. Three.\n",
        "n.md");
    std::vector<int> numbers;
    for (const auto& block : result.document.blocks) {
        if (block.kind == BlockKind::NumberedParagraph) numbers.push_back(block.number);
    }
    EXPECT_THAT(numbers, ElementsAre(1, 2, 3));
}

TEST(FromCommonMark, DuplicateHeadingsGetDistinctAnchors) {
    auto result = parse_commonmark("# Facts\n\n# Facts\n\n# Ámbito Nación\n", "h.md");
    ASSERT_EQ(result.document.blocks.size(), 3u);
    EXPECT_EQ(result.document.blocks[0].anchor, "facts");
    EXPECT_EQ(result.document.blocks[1].anchor, "facts-2");
    EXPECT_EQ(result.document.blocks[2].anchor, "ambito-nacion");
}

TEST(FromCommonMark, BadDirectivesAreReportedAtTheirLines) {
    auto result =
        parse_commonmark(testing::read_file(golden_dir() / "bad-directives.md"), "bad.md");
    std::vector<std::string> messages;
    for (const auto& problem : result.problems) {
        messages.push_back(std::to_string(problem.line) + ":" + std::to_string(problem.column) +
                           " " + problem.message);
    }
    EXPECT_THAT(messages, ElementsAre("3:1 unknown directive `amparo:pagebreak`",
                                      "5:1 raw HTML is not part of a filing and was left out",
                                      "7:1 this directive applies to the next ordered list, but a "
                                      "paragraph follows",
                                      "10:1 `<!-- amparo:cover -->` is never closed"));
}

TEST(FromCommonMark, WordCountCountsVisibleWords) {
    auto result = parse_commonmark("# Two words\n\nThree *more* words.\n", "w.md");
    EXPECT_EQ(count_words(result.document), 5);
}

}  // namespace
}  // namespace amparo::document

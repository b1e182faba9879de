// The diff a reviewer reads: hunks as `diff -u` prints them, and runs of changed paragraphs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pipeline/text_diff.hpp"

namespace amparo::pipeline {
namespace {

std::string numbered_lines(int from, int to) {
    std::string text;
    for (int i = from; i <= to; ++i) text += "line " + std::to_string(i) + "\n";
    return text;
}

TEST(TextDiff, OneChangedLineGetsThreeLinesOfContext) {
    const std::string before = numbered_lines(1, 10);
    std::string after = before;
    after.replace(after.find("line 6"), 6, "line six");
    EXPECT_EQ(unified_diff(before, after, "a.md", "b.md"),
              "--- a.md\n+++ b.md\n@@ -3,7 +3,7 @@\n line 3\n line 4\n line 5\n-line 6\n+line "
              "six\n line 7\n line 8\n line 9\n");
}

TEST(TextDiff, DistantChangesGetTheirOwnHunks) {
    const std::string before = numbered_lines(1, 20);
    std::string after = before;
    after.replace(after.find("line 2\n"), 7, "");
    after += "line 21\n";
    EXPECT_EQ(unified_diff(before, after, "a", "b"),
              "--- a\n+++ b\n@@ -1,5 +1,4 @@\n line 1\n-line 2\n line 3\n line 4\n line 5\n"
              "@@ -18,3 +17,4 @@\n line 18\n line 19\n line 20\n+line 21\n");
}

TEST(TextDiff, EqualTextsHaveNoDiff) { EXPECT_EQ(unified_diff("same\n", "same\n", "a", "b"), ""); }

TEST(TextDiff, ParagraphsAreBlocksBetweenBlankLinesWithTheirFirstLine) {
    auto paragraphs = split_paragraphs("# Title\n\nOne\nstill one\n\n\nTwo\n");
    ASSERT_EQ(paragraphs.size(), 3u);
    EXPECT_EQ(paragraphs[1].text, "One\nstill one");
    EXPECT_EQ(paragraphs[1].line, 3u);
    EXPECT_EQ(paragraphs[2].line, 7u);
}

TEST(TextDiff, ChangesAreRunsOfReplacedItems) {
    auto changes = changes_between({"a", "b", "c", "d"}, {"a", "x", "y", "c", "d", "e"});
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].old_begin, 1u);
    EXPECT_EQ(changes[0].old_end, 2u);
    EXPECT_EQ(changes[0].new_begin, 1u);
    EXPECT_EQ(changes[0].new_end, 3u);
    EXPECT_EQ(changes[1].old_begin, 4u);
    EXPECT_EQ(changes[1].old_end, 4u);
    EXPECT_EQ(changes[1].new_begin, 5u);
    EXPECT_EQ(changes[1].new_end, 6u);
}

}  // namespace
}  // namespace amparo::pipeline

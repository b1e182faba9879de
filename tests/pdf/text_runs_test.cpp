// Line breaking on measured widths: greedy filling, words kept whole, justification.
#include <gtest/gtest.h>

#include "pdf/text_runs.hpp"

namespace amparo::pdf::detail {
namespace {

// Every character is 1 unit wide, so widths are easy to reason about.
double unit_width(const std::string& text, int) { return static_cast<double>(text.size()); }

std::vector<document::Inline> text(const std::string& value) {
    return {{document::InlineKind::Text, value, "", {}}};
}

std::vector<std::string> words_per_line(const std::vector<TextLine>& lines) {
    std::vector<std::string> out;
    for (const auto& line : lines) {
        std::string joined;
        for (const auto& piece : line.pieces)
            joined += (piece.space_before && !joined.empty() ? " " : "") + piece.text;
        out.push_back(joined);
    }
    return out;
}

TEST(TextRuns, GreedyBreakingFillsEachLine) {
    auto lines = break_lines(pieces_of(text("aaa bbb ccc ddd"), kRegular), 8, unit_width, false);
    EXPECT_EQ(words_per_line(lines), (std::vector<std::string>{"aaa bbb", "ccc ddd"}));
    EXPECT_TRUE(lines.back().last);
    EXPECT_EQ(lines[0].width, 7);
}

TEST(TextRuns, AWordWiderThanTheLineIsBrokenWhereItMust) {
    auto lines = break_lines(pieces_of(text("a verylongword b"), kRegular), 5, unit_width, false);
    EXPECT_EQ(words_per_line(lines), (std::vector<std::string>{"a", "veryl", "ongwo", "rd b"}));
}

TEST(TextRuns, AWideWordBreaksAfterSlashDashOrUnderscoreFirst) {
    auto lines = break_lines(
        pieces_of(text("See https://news.example/2023/juarez_attack-report.pdf"), kRegular), 20,
        unit_width, false);
    EXPECT_EQ(words_per_line(lines), (std::vector<std::string>{"See https://", "news.example/2023/",
                                                               "juarez_attack-", "report.pdf"}));
}

TEST(TextRuns, NothingIsWiderThanTheLineEvenATenThousandCharacterWord) {
    std::string word(10000, 'x');
    word[5000] = '/';
    auto lines =
        break_lines(pieces_of(text("before " + word + " after"), kBold), 72, unit_width, true);
    std::size_t characters = 0;
    for (const auto& line : lines) {
        for (const auto& piece : line.pieces) {
            EXPECT_LE(piece.x + piece.width, 72.0);
            characters += piece.text.size();
        }
    }
    EXPECT_EQ(characters, word.size() + std::string("beforeafter").size());  // nothing lost
}

TEST(TextRuns, AWideWordOfSeveralStyledPiecesBreaksBetweenThem) {
    std::vector<document::Inline> inlines = {
        {document::InlineKind::Text, "aaaa", "", {}},
        {document::InlineKind::Strong, "", "", {{document::InlineKind::Text, "bbbb", "", {}}}},
        {document::InlineKind::Text, "cccc", "", {}}};
    auto lines = break_lines(pieces_of(inlines, kRegular), 9, unit_width, false);
    EXPECT_EQ(words_per_line(lines), (std::vector<std::string>{"aaaabbbb", "cccc"}));
}

TEST(TextRuns, StyledPiecesWithoutSpaceStayTogether) {
    std::vector<document::Inline> inlines = {
        {document::InlineKind::Text, "See ", "", {}},
        {document::InlineKind::Emphasis, "", "", {{document::InlineKind::Text, "Acosta", "", {}}}},
        {document::InlineKind::Text, ", 19 I&N Dec. 211.", "", {}}};
    auto pieces = pieces_of(inlines, kRegular);
    ASSERT_GE(pieces.size(), 3u);
    EXPECT_EQ(pieces[1].text, "Acosta");
    EXPECT_EQ(pieces[1].style, kItalic);
    EXPECT_FALSE(pieces[2].space_before);  // "," follows the case name directly
    auto lines = break_lines(pieces, 10, unit_width, false);
    EXPECT_EQ(words_per_line(lines)[1], "Acosta, 19");  // "See" alone: "See Acosta," is 11 wide
}

TEST(TextRuns, JustifiedLinesReachTheRightEdgeExceptTheLast) {
    auto lines = break_lines(pieces_of(text("aa bb cc dd ee"), kRegular), 9, unit_width, true);
    ASSERT_EQ(lines.size(), 2u);
    const auto& first = lines[0];
    EXPECT_DOUBLE_EQ(first.pieces.back().x + first.pieces.back().width, 9);
    EXPECT_DOUBLE_EQ(lines[1].pieces.back().x + lines[1].pieces.back().width, 5);
}

TEST(TextRuns, PlaceholdersAreBoldAndMarked) {
    std::vector<document::Inline> inlines = {
        {document::InlineKind::Placeholder, "court name", "", {}}};
    auto pieces = pieces_of(inlines, kRegular);
    ASSERT_EQ(pieces.size(), 4u);  // "[[TO" "COMPLETE:" "court" "name]]"
    EXPECT_EQ(pieces[0].text, "[[TO");
    EXPECT_EQ(pieces[3].text, "name]]");
    EXPECT_TRUE(pieces[0].placeholder);
    EXPECT_EQ(pieces[0].style, kBold);
}

}  // namespace
}  // namespace amparo::pdf::detail

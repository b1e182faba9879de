// Straight quotes turned into curly ones by context, across inline boundaries, and left alone
// where they are measurements or code.
#include <gtest/gtest.h>

#include "document/from_commonmark.hpp"
#include "document/plain_text.hpp"
#include "document/typographic_quotes.hpp"

namespace amparo::document {
namespace {

std::string turned(const std::string& markdown) {
    auto parsed = parse_commonmark(markdown, "test.md");
    use_typographic_quotes(parsed.document);
    return plain_text(parsed.document.blocks.at(0).inlines);
}

TEST(TypographicQuotes, DoubleQuotesOpenAfterSpaceAndCloseAfterText) {
    EXPECT_EQ(turned("they demanded a weekly \"cuota\" for the shop."),
              "they demanded a weekly “cuota” for the shop.");
    EXPECT_EQ(turned("\"Te vamos a matar,\" he said."), "“Te vamos a matar,” he said.");
    EXPECT_EQ(turned("(\"more likely than not\")"), "(“more likely than not”)");
}

TEST(TypographicQuotes, ApostrophesAndSingleQuotes) {
    EXPECT_EQ(turned("the applicant's family and the Respondent's brother"),
              "the applicant’s family and the Respondent’s brother");
    EXPECT_EQ(turned("he called it 'the tax' in the '90s"), "he called it ‘the tax’ in the ’90s");
}

TEST(TypographicQuotes, QuotesAroundEmphasisTurnByTheTextOutsideIt) {
    auto parsed = parse_commonmark("the \"*plaza*\" of the cartel", "test.md");
    use_typographic_quotes(parsed.document);
    const auto& inlines = parsed.document.blocks.at(0).inlines;
    ASSERT_EQ(inlines.size(), 3u);
    EXPECT_EQ(inlines[0].text, "the “");
    EXPECT_EQ(inlines[1].kind, InlineKind::Emphasis);
    EXPECT_EQ(inlines[2].text, "” of the cartel");
}

TEST(TypographicQuotes, MeasurementsAndCodeStayAsTyped) {
    EXPECT_EQ(turned("a man about 5'10\" tall"), "a man about 5'10\" tall");
    EXPECT_EQ(turned("the field `\"case.id\"` is required"), "the field \"case.id\" is required");
}

TEST(TypographicQuotes, EachBlockStartsAfresh) {
    auto parsed = parse_commonmark("It ended with a word\n\n\"Next\" paragraph", "test.md");
    use_typographic_quotes(parsed.document);
    EXPECT_EQ(plain_text(parsed.document.blocks.at(1).inlines), "“Next” paragraph");
}

}  // namespace
}  // namespace amparo::document

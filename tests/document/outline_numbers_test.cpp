// Typed outline numbers: which headings the model numbers, and which it leaves typed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "document/from_commonmark.hpp"
#include "document/outline_numbers.hpp"
#include "document/plain_text.hpp"

namespace amparo::document {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// "label text" per heading: the outline number as the model holds it ("-" for none), then the
// heading's text without it.
std::vector<std::string> outline_of(const std::string& markdown, Diagnostics* problems = nullptr) {
    auto parsed = parse_commonmark(markdown, "brief.md");
    if (problems != nullptr) *problems = parsed.problems;
    std::vector<std::string> headings;
    for (const Block& block : parsed.document.blocks) {
        if (block.kind != BlockKind::Heading) continue;
        const std::string label = block.outline.level < 0 ? "-"
                                                          : outline_label(block.outline) + "@" +
                                                                std::to_string(block.outline.level);
        headings.push_back(label + " " + plain_text(without_outline_number(block)));
    }
    return headings;
}

TEST(OutlineNumbers, TheArgumentsRomanLetterAndDigitHeadingsAreNumbered) {
    const auto headings = outline_of(
        "# Statement of Facts\n\n## Background\n\n# Argument\n\n"
        "## I. She Is Eligible for Asylum\n\n### A. The Legal Standard\n\n"
        "#### 1. First point\n\n#### 2. Second point\n\n### B. Past Persecution\n\n"
        "#### Particular Social Group: *women*\n\n#### 1. Restarts under B\n\n"
        "## II. Withholding\n\n### A. The Standard Again\n\n# Conclusion\n");
    EXPECT_THAT(headings,
                ElementsAre("- Statement of Facts", "- Background", "- Argument",
                            "I@0 She Is Eligible for Asylum", "A@1 The Legal Standard",
                            "1@2 First point", "2@2 Second point", "B@1 Past Persecution",
                            "- Particular Social Group: women", "1@2 Restarts under B",
                            "II@0 Withholding", "A@1 The Standard Again", "- Conclusion"));
}

TEST(OutlineNumbers, TheTypedNumberStaysInTheTextEveryOtherWriterPrints) {
    auto parsed = parse_commonmark("## I. She Is Eligible\n", "brief.md");
    ASSERT_EQ(parsed.document.blocks.size(), 1u);
    EXPECT_EQ(plain_text(parsed.document.blocks[0].inlines), "I. She Is Eligible");
    EXPECT_EQ(parsed.document.blocks[0].anchor, "i-she-is-eligible");
}

TEST(OutlineNumbers, AHigherHeadingClosesTheOutlineAndTheNextIOpensANewOne) {
    const auto headings =
        outline_of("## I. First\n\n## II. Second\n\n# Other Part\n\n## I. Again\n");
    EXPECT_THAT(headings, ElementsAre("I@0 First", "II@0 Second", "- Other Part", "I@0 Again"));
}

TEST(OutlineNumbers, NoOutlineWithoutAnI) {
    // Letters or numbers alone, or text that only looks like a number, are left alone.
    Diagnostics problems;
    const auto headings = outline_of(
        "## A. Smith's Testimony\n\n## II. Not a start\n\n## U.S. Policy\n\n## I.\n\n"
        "## 1999. A year\n",
        &problems);
    EXPECT_THAT(headings, ElementsAre("- A. Smith's Testimony", "- II. Not a start",
                                      "- U.S. Policy", "- I.", "- 1999. A year"));
    EXPECT_THAT(problems, IsEmpty());
}

TEST(OutlineNumbers, ANumberOutOfSequenceStaysTypedWithAWarningAtItsLine) {
    Diagnostics problems;
    const auto headings = outline_of(
        "## I. First\n\n### A. Standard\n\n### C. Skipped B\n\n### B. Back\n", &problems);
    EXPECT_THAT(headings, ElementsAre("I@0 First", "A@1 Standard", "- C. Skipped B", "B@1 Back"));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].severity, Severity::Warning);
    EXPECT_EQ(problems[0].file, "brief.md");
    EXPECT_EQ(problems[0].line, 5);
    EXPECT_EQ(problems[0].message,
              "heading numbered \"C.\" where the outline's next number is \"B.\"; it stays "
              "typed, outside Word's numbering");
}

TEST(OutlineNumbers, RomanNumbersCountOnPastThree) {
    std::string markdown;
    const std::vector<std::string> numerals{"I",   "II",   "III", "IV", "V", "VI",
                                            "VII", "VIII", "IX",  "X",  "XI"};
    for (const auto& numeral : numerals) markdown += "## " + numeral + ". Part\n\n";
    Diagnostics problems;
    const auto headings = outline_of(markdown, &problems);
    ASSERT_EQ(headings.size(), numerals.size());
    for (std::size_t i = 0; i < numerals.size(); ++i) {
        EXPECT_EQ(headings[i], numerals[i] + "@0 Part");
    }
    EXPECT_THAT(problems, IsEmpty());
}

}  // namespace
}  // namespace amparo::document

// Dates, ordinals, lists and tabs as a filing prints them.
#include <gtest/gtest.h>

#include "render/legal_text.hpp"
#include "render/markdown_escape.hpp"

namespace amparo::render {
namespace {

TEST(LegalText, DatesInUsLegalStyle) {
    EXPECT_EQ(legal_date(*parse_civil_date("2019-03-03")), "March 3, 2019");
    EXPECT_EQ(legal_date(*parse_civil_date("2019-03")), "March 2019");
    EXPECT_EQ(legal_date(*parse_civil_date("2019")), "2019");
}

TEST(LegalText, DatePhrasesSayHowExactTheDateIs) {
    EXPECT_EQ(date_phrase(*parse_civil_date("2023-03-18"), false), "on March 18, 2023");
    EXPECT_EQ(date_phrase(*parse_civil_date("2023-03-18"), true), "on or about March 18, 2023");
    EXPECT_EQ(date_phrase(*parse_civil_date("2022-06"), true), "in or around June 2022");
    EXPECT_EQ(date_phrase(*parse_civil_date("2017"), false), "in 2017");
}

TEST(LegalText, OrdinalsListsAndTabs) {
    EXPECT_EQ(ordinal(1), "first");
    EXPECT_EQ(ordinal(12), "twelfth");
    EXPECT_EQ(ordinal(13), "13th");
    EXPECT_EQ(ordinal(22), "22nd");
    EXPECT_EQ(ordinal(111), "111th");
    EXPECT_EQ(join_with_and({"Spanish"}), "Spanish");
    EXPECT_EQ(join_with_and({"Spanish", "English"}), "Spanish and English");
    EXPECT_EQ(join_with_and({"a", "b", "c"}), "a, b, and c");
    EXPECT_EQ(tab_letters(0), "A");
    EXPECT_EQ(tab_letters(25), "Z");
    EXPECT_EQ(tab_letters(26), "AA");
}

TEST(LegalText, ASoleIncidentIsNotNumbered) {
    // "the first incident" of a case that has no second one reads as if one were left out.
    EXPECT_EQ(incidents_named({"first"}, 1), "the incident");
    EXPECT_EQ(incidents_named({"second"}, 3), "the second incident");
    EXPECT_EQ(incidents_named({"first", "third"}, 3), "the first and third incidents");
    EXPECT_EQ(incidents_named({"first", "second", "fourth"}, 4),
              "the first, second, and fourth incidents");
}

TEST(LegalText, AgeCountsWholeYears) {
    EXPECT_EQ(years_between(*parse_civil_date("1981-09-14"), *parse_civil_date("2023-03-18")), 41);
    EXPECT_EQ(years_between(*parse_civil_date("1981-09-14"), *parse_civil_date("2023-09-14")), 42);
}

TEST(LegalText, ElapsedTimeSaysOnlyWhatTheDatesShow) {
    auto elapsed_between = [](const char* from, const char* to) {
        return elapsed(*parse_civil_date(from), *parse_civil_date(to)).value_or("(nothing)");
    };
    EXPECT_EQ(elapsed_between("2023-03-01", "2023-03-05"), "four days");
    EXPECT_EQ(elapsed_between("2023-03-20", "2023-04-10"), "three weeks");
    EXPECT_EQ(elapsed_between("2023-01-15", "2023-06-15"), "five months");
    EXPECT_EQ(elapsed_between("2023-02-20", "2025-05-06"), "two years and two months");
    EXPECT_EQ(elapsed_between("2020-01-10", "2022-01-10"), "two years");
    // A month-precise date may be any day of its month.
    EXPECT_EQ(elapsed_between("2022-08", "2022-10-15"), "about two months");
    EXPECT_EQ(elapsed_between("2022-08", "2022-08-30"), "(nothing)");
    // A year says too little; an earlier date is not "later".
    EXPECT_EQ(elapsed_between("2021", "2023-01-01"), "(nothing)");
    EXPECT_EQ(elapsed_between("2023-04-10", "2023-03-20"), "(nothing)");
}

TEST(LegalText, TimingArgumentsStopAtAYear) {
    auto between = [](const char* from, const char* to) {
        return time_between(*parse_civil_date(from), *parse_civil_date(to)).value_or("(nothing)");
    };
    EXPECT_EQ(between("2023-03-20", "2023-04-10"), "three weeks");
    EXPECT_EQ(between("2023-03-20", "2024-03-19"), "12 months");
    EXPECT_EQ(between("2023-03-20", "2024-03-20"), "(nothing)");
    EXPECT_EQ(between("2022-07-30", "2024-03-01"), "(nothing)");
}

TEST(MarkdownEscape, FactsCannotBecomeMarkup) {
    EXPECT_EQ(escape_markdown("*not bold* [not a link](x) <b>"),
              "\\*not bold\\* \\[not a link\\](x) \\<b\\>");
    EXPECT_EQ(escape_markdown("[[TO COMPLETE: fake]]"), "\\[\\[TO COMPLETE: fake\\]\\]");
    EXPECT_EQ(escape_markdown("1990. I was born"), "1990\\. I was born");
    EXPECT_EQ(escape_markdown("- not a list"), "\\- not a list");
    EXPECT_EQ(escape_markdown("línea uno\nlínea dos"), "línea uno línea dos");
}

}  // namespace
}  // namespace amparo::render

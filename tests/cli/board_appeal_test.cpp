// A brief on appeal to the Board argues that the Immigration Judge erred: it tells the decision
// and the notice of appeal in the procedural history, presents each challenged finding as an
// issue, states the standard of review the kind of question calls for, and opens the part of the
// argument that answers each finding with it, in whichever relief that part is argued.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "cli/sample_variant.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The text between the first `from` and the next `to` after it ("" when `from` is absent).
std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const auto start = text.find(from);
    if (start == std::string::npos) return "";
    const auto end = text.find(to, start + from.size());
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// Vargas appeals the denial of asylum and withholding; `edit` changes her case file first.
testing::BuiltVariant vargas(const std::string& label,
                             const std::function<void(std::string&)>& edit = {}) {
    return testing::build_edited_sample("vargas-domestic-violence", label, [&](std::string& text) {
        if (edit) edit(text);
    });
}

TEST(BoardAppeal, EachFindingIsAnIssueWithItsStandardAndOpensThePartThatAnswersIt) {
    const auto built = vargas("appeal");
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    const std::string& brief = built.brief;

    const std::string history = between(brief, "On January 16, 2024", "\n");
    EXPECT_THAT(history, HasSubstr("On January 16, 2024, Immigration Judge Paul R. Whitfield "
                                   "denied asylum and withholding of removal. She filed a notice "
                                   "of appeal with the Board on February 8, 2024."));

    // The issues are the findings, in the case's order; the first-instance questions are gone.
    const std::string issues = between(brief, "# Issues Presented", "# Standard of Review");
    const auto group = issues.find(
        "1. Whether the Immigration Judge erred in finding that the "
        "proposed particular social group is not cognizable");
    const auto nexus = issues.find(
        "2. Whether the Immigration Judge erred in finding that the "
        "abuse arose from a private dispute");
    const auto protection = issues.find(
        "erred in finding that Ms. Vargas did not show that the "
        "government of Mexico was unable or unwilling");
    ASSERT_NE(group, std::string::npos) << issues;
    EXPECT_LT(group, nexus);
    EXPECT_LT(nexus, protection);
    EXPECT_NE(protection, std::string::npos);
    EXPECT_THAT(issues, Not(HasSubstr("Whether Respondent is eligible for asylum")));

    // The standard follows the kind of question: a ruling of law de novo, an application of the
    // law to the facts in two parts.
    const std::string review = between(brief, "# Standard of Review", "# Argument");
    EXPECT_THAT(review, HasSubstr("defined by the harm its members suffer (IJ Dec. at 6) is a "
                                  "ruling on a question of law, which the Board reviews de novo."));
    EXPECT_THAT(review, HasSubstr("membership in the group (IJ Dec. at 8) is an application of "
                                  "the law to the facts: the Board reviews the facts found for "
                                  "clear error, and whether they meet the legal standard de "
                                  "novo."));

    // Each finding opens the part of the asylum argument that answers it, and no other.
    const std::string grounds = between(brief, "### C. Respondent Was Persecuted", "### D.");
    const std::string central = between(brief, "### D. A Protected Ground", "### E.");
    const std::string state = between(brief, "### E. The Government of Mexico", "### F.");
    EXPECT_THAT(grounds, HasSubstr("The Immigration Judge found that the proposed particular "
                                   "social group is not cognizable because it is defined by the "
                                   "harm its members suffer (IJ Dec. at 6). That was legal error, "
                                   "for the reasons that follow."));
    EXPECT_THAT(central, HasSubstr("(IJ Dec. at 8). That was error, for the reasons that follow."));
    EXPECT_THAT(state, HasSubstr("because she reported the abuse only once (IJ Dec. at 9)."));
    EXPECT_THAT(grounds, Not(HasSubstr("IJ Dec. at 8")));
    // The group was stated below, where the record shows it (W-Y-C- & H-O-B-).
    EXPECT_THAT(grounds, HasSubstr("stated the group before the Immigration Judge as it is argued "
                                   "here (Pre-Hearing Br. at 3; Tr. at 12); the Board does not "
                                   "consider a group delineated for the first time on appeal."));
    EXPECT_TRUE(testing::cites(grounds, "wyc"));
    EXPECT_THAT(brief.substr(brief.find("# Argument")), Not(HasSubstr("### B. Respondent Suffered "
                                                                      "Past Persecution\n\nThe "
                                                                      "Immigration Judge")));

    EXPECT_THAT(brief, HasSubstr("respectfully asks that the Board sustain this appeal, reverse "
                                 "the decision of the Immigration Judge and grant asylum and "
                                 "withholding of removal, or remand the record"));
}

TEST(BoardAppeal, WithoutAsylumTheFindingsOpenTheWithholdingArgument) {
    const auto built = vargas("appeal-withholding", [](std::string& text) {
        testing::replace_in(text, "relief: [asylum, withholding]", "relief: [withholding]");
    });
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    const std::string central =
        between(built.brief, "### D. The Protected Ground Is the Reason for the Threat", "### E.");
    EXPECT_THAT(central, HasSubstr("(IJ Dec. at 8). That was error"));
    EXPECT_THAT(built.brief, HasSubstr("Immigration Judge Paul R. Whitfield denied withholding of "
                                       "removal."));
}

TEST(BoardAppeal, AChallengedCredibilityFindingIsArguedFirstEvenWithoutPriorStatements) {
    const auto built = vargas("appeal-credibility", [](std::string& text) {
        testing::replace_in(text, "    errors:\n",
                            "    errors:\n"
                            "      - finding: her testimony was not credible\n"
                            "        question: credibility\n"
                            "        section: credibility\n"
                            "        record: IJ Dec. at 4\n");
    });
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    const std::string part =
        between(built.brief, "## I. Respondent’s Testimony Is Credible", "## II.");
    EXPECT_THAT(part, HasSubstr("The Immigration Judge found that her testimony was not credible "
                                "(IJ Dec. at 4). That finding is clearly erroneous"));
    // Vargas has no prior statements to compare: the argument is left to the attorney, by name.
    EXPECT_THAT(part, HasSubstr("[[TO COMPLETE: why the testimony is credible"));
    EXPECT_THAT(built.brief, HasSubstr("## II. Respondent Is Eligible for Asylum"));
    EXPECT_THAT(built.brief, HasSubstr("her testimony was not credible (IJ Dec. at 4) is a "
                                       "credibility finding, which the Board reviews for clear "
                                       "error."));
}

TEST(BoardAppeal, AnAppealWithoutItsDecisionAsksForIt) {
    const auto built = vargas("appeal-unnamed", [](std::string& text) {
        const auto start = text.find("  appeal:\n");
        const auto end = text.find("\napplicant:");
        text.erase(start, end - start);
    });
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    EXPECT_THAT(built.result.err, HasSubstr("a bia-appeal brief without case.appeal"));
    EXPECT_THAT(built.brief, HasSubstr("[[TO COMPLETE: each finding under review that the brief "
                                       "challenges"));
    EXPECT_THAT(built.brief, HasSubstr("1. Whether Respondent is eligible for asylum"));
    EXPECT_THAT(built.brief, Not(HasSubstr("The Immigration Judge found that")));
}

TEST(BoardAppeal, ABriefToTheImmigrationCourtIgnoresAnAppealSection) {
    const auto built = vargas("appeal-defensive", [](std::string& text) {
        testing::replace_in(text, "posture: bia-appeal", "posture: defensive");
        testing::replace_in(text, "  profile: bia\n", "");
    });
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    EXPECT_THAT(built.result.err, HasSubstr("case.appeal is read only in a Board appeal"));
    EXPECT_THAT(built.brief, Not(HasSubstr("Immigration Judge found")));
    EXPECT_THAT(built.brief, Not(HasSubstr("Whitfield")));
    EXPECT_THAT(built.brief, HasSubstr("1. Whether Respondent is eligible for asylum"));
}

}  // namespace
}  // namespace amparo

// A Board appeal names the decision and the findings it challenges: the checks warn when the case
// cannot, when the notice of appeal looks late or predates the decision, and when a challenged
// finding would be answered by no part of the brief.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "case_from_yaml.hpp"
#include "legal/legal_checks.hpp"

namespace amparo::legal {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::replaced;

// An appeal of a denial of asylum and withholding; each test changes one line.
const std::string kAppeal = R"(case:
  id: test
  posture: bia-appeal
  relief: [asylum, withholding]
  appeal:
    decision_date: 2024-01-16
    notice_filed: 2024-02-08
    errors:
      - finding: the group is not cognizable
        question: law
        section: protected-ground
)";

Diagnostics appeal_findings(const std::string& text) {
    Diagnostics out;
    check_appeal(testing::case_from_yaml(text), out);
    return out;
}

TEST(AppealChecks, AnAppealThatNamesItsFindingsWithinThirtyDaysIsQuiet) {
    EXPECT_THAT(appeal_findings(kAppeal), IsEmpty());
    // Thirty days to the day is still in time.
    EXPECT_THAT(appeal_findings(replaced(kAppeal, "2024-02-08", "2024-02-15")), IsEmpty());
}

TEST(AppealChecks, ABoardAppealWithoutTheDecisionWarnsAtThePosture) {
    const std::string text = kAppeal.substr(0, kAppeal.find("  appeal:"));
    const auto found = appeal_findings(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].line, 3);
    EXPECT_THAT(
        found[0].message,
        HasSubstr(
            "a bia-appeal brief without case.appeal cannot name the Immigration Judge's decision"));
    EXPECT_THAT(found[0].hint, HasSubstr("case.appeal"));
}

TEST(AppealChecks, ALateNoticeWarnsWithItsDaysAndAnEarlyOneIsAnError) {
    auto late = appeal_findings(replaced(kAppeal, "2024-02-08", "2024-02-16"));
    ASSERT_EQ(late.size(), 1u);
    EXPECT_EQ(late[0].severity, Severity::Warning);
    EXPECT_EQ(late[0].line, 7);
    EXPECT_THAT(late[0].message, HasSubstr("filed 31 days after the decision"));

    auto before = appeal_findings(replaced(kAppeal, "2024-02-08", "2024-01-15"));
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].severity, Severity::Error);
    EXPECT_THAT(before[0].message,
                HasSubstr("dated before the decision it challenges (2024-01-16)"));
}

TEST(AppealChecks, ALatePetitionForReviewNamesItsOwnDeadline) {
    const std::string petition =
        replaced(kAppeal, "posture: bia-appeal", "posture: petition-for-review");
    EXPECT_THAT(appeal_findings(petition), IsEmpty());
    auto late = appeal_findings(replaced(petition, "2024-02-08", "2024-03-01"));
    ASSERT_EQ(late.size(), 1u);
    EXPECT_THAT(late[0].message,
                HasSubstr("a petition for review with this Court was filed 45 days after the "
                          "decision; the deadline for a petition for review (8 U.S.C. § "
                          "1252(b)(1)) is 30 days from it"));
}

// The Court reads the certified administrative record, not the case file's exhibits: a
// petition whose brief cites the declaration or exhibits is told to convert the citations.
TEST(AppealChecks, APetitionCitingTheCaseFilesExhibitsWarnsToCiteTheRecord) {
    const std::string petition =
        replaced(kAppeal, "posture: bia-appeal", "posture: petition-for-review") +
        "exhibits:\n  - {id: report, title: Police report, kind: police-report}\n";
    auto found = appeal_findings(petition);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].line, 3);
    EXPECT_THAT(found[0].message, HasSubstr("decided on the administrative record"));
    EXPECT_THAT(found[0].hint, HasSubstr("page of the certified administrative record"));
    // A Board appeal's record is the same record the Board already has: nothing to say.
    EXPECT_THAT(
        appeal_findings(replaced(petition, "posture: petition-for-review", "posture: bia-appeal")),
        IsEmpty());
}

TEST(AppealChecks, AFindingNoPartOfTheBriefAnswersWarnsAtItsSection) {
    // Acquiescence is argued only for the Convention Against Torture, which this case does not
    // seek; the one-year deadline only for asylum.
    auto torture =
        appeal_findings(replaced(kAppeal, "section: protected-ground", "section: acquiescence"));
    ASSERT_EQ(torture.size(), 1u);
    EXPECT_EQ(torture[0].line, 11);
    EXPECT_THAT(torture[0].message, HasSubstr("no part of this brief argues acquiescence"));
    auto withholding_only = replaced(kAppeal, "[asylum, withholding]", "[withholding]");
    EXPECT_THAT(appeal_findings(
                    replaced(withholding_only, "section: protected-ground", "section: one-year")),
                ::testing::SizeIs(1));
    // Credibility is answered in every brief that challenges it.
    EXPECT_THAT(appeal_findings(replaced(withholding_only, "section: protected-ground",
                                         "section: credibility")),
                IsEmpty());
}

TEST(AppealChecks, AnAppealSectionOutsideABoardAppealWarnsThatItIsUnused) {
    const auto found =
        appeal_findings(replaced(kAppeal, "posture: bia-appeal", "posture: defensive"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].line, 6);
    EXPECT_THAT(
        found[0].message,
        HasSubstr("read only in a Board appeal or a petition for review; this defensive brief"));
}

}  // namespace
}  // namespace amparo::legal

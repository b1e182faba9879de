// Each legal check warns (or errs) at the line of the value concerned, and stays quiet otherwise.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "case_from_yaml.hpp"
#include "legal/legal_checks.hpp"

namespace amparo::legal {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::replaced;

// A complete, unremarkable case; each test appends or changes what it needs.
const std::string kBase = R"(case:
  id: test
  posture: defensive
  relief: [asylum, withholding]
  court: {state: TX}
  application: {status: filed, filed_date: 2020-01-10}
applicant:
  name: {given: A, family: B}
  birth: {date: 1990-01-01}
  sex: male
  nationality: [Mexico]
  entry: {date: 2019-06-01, manner: port-of-entry-inspected}
persecutors:
  - {id: cartel, name: A fictional cartel, kind: cartel}
incidents:
  - id: threat
    date: 2019-03-03
    summary: s
    account: They told me to leave town.
    perpetrators: [cartel]
claims:
  political_opinion: {kind: imputed, opinion: opposition to the cartel}
representative: {name: Test Attorney}
)";

LoadedCase load(const std::string& text) { return testing::case_from_yaml(text); }

const CheckContext kToday{CivilDate{2026, 11, 22}};

TEST(LegalChecks, BaseCaseIsQuiet) { EXPECT_THAT(check_legal(load(kBase), kToday), IsEmpty()); }

TEST(LegalChecks, LateFilingWithoutExceptionWarnsAtTheFilingDate) {
    auto text = replaced(kBase, "filed_date: 2020-01-10", "filed_date: 2020-06-02");
    auto found = check_legal(load(text), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].line, 6);
    EXPECT_THAT(found[0].message, HasSubstr("more than one year after the last arrival (due "
                                            "2020-06-01)"));
}

TEST(LegalChecks, FilingOnTheAnniversaryIsInTime) {
    auto text = replaced(kBase, "filed_date: 2020-01-10", "filed_date: 2020-06-01");
    EXPECT_THAT(check_legal(load(text), kToday), IsEmpty());
}

TEST(LegalChecks, LateFilingWithAnExceptionButNoFactsWarns) {
    auto text = replaced(kBase, "filed_date: 2020-01-10", "filed_date: 2021-06-02");
    text = replaced(text, "  political_opinion:",
                    "  one_year_deadline: {exception: changed-circumstances}\n"
                    "  political_opinion:");
    auto found = check_legal(load(text), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "a late filing claims an exception but gives no facts");
}

TEST(LegalChecks, EntryBetweenPortsAfterJune2024IsFlagged) {
    auto text = replaced(kBase, "entry: {date: 2019-06-01, manner: port-of-entry-inspected}",
                         "entry: {date: 2024-07-01, manner: between-ports}");
    text = replaced(text, "filed_date: 2020-01-10", "filed_date: 2025-01-10");
    auto found = check_legal(load(text), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].line, 12);
    EXPECT_THAT(found[0].message, HasSubstr("on or after June 5, 2024"));
}

TEST(LegalChecks, EntryAfterTheProclamationNamesIt) {
    auto text = replaced(kBase, "entry: {date: 2019-06-01, manner: port-of-entry-inspected}",
                         "entry: {date: 2025-02-01, manner: between-ports}");
    text = replaced(text, "filed_date: 2020-01-10", "filed_date: 2025-03-10");
    auto found = check_legal(load(text), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_THAT(found[0].message, HasSubstr("Proclamation 10888"));
}

TEST(LegalChecks, RecordedHelpToADesignatedCartelStopsTheCaseUntilReviewed) {
    auto text =
        replaced(kBase, "kind: cartel}", "kind: cartel, designated_terrorist_organization: true}");
    text += "support_given:\n  - {id: cuota, to: cartel, kind: payment, under_threat: true}\n";
    auto found = check_legal(load(text), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].line, 25);
    EXPECT_EQ(found[0].path, "support_given[0].to");
    EXPECT_THAT(found[0].message, HasSubstr("possible material-support bar"));

    text += "attorney_review: {material_support_acknowledged: true}\n";
    EXPECT_THAT(check_legal(load(text), kToday), IsEmpty());
}

TEST(LegalChecks, HelpToAGroupThatIsNotDesignatedIsNoFinding) {
    auto text = kBase + "support_given:\n  - {id: cuota, to: cartel, kind: payment}\n";
    EXPECT_THAT(check_legal(load(text), kToday), IsEmpty());
}

TEST(LegalChecks, ExtortionByADesignatedCartelAsksForWhatWasGiven) {
    auto text =
        replaced(kBase, "kind: cartel}", "kind: cartel, designated_terrorist_organization: true}");
    text =
        replaced(text, "perpetrators: [cartel]", "perpetrators: [cartel]\n    harms: [extortion]");
    auto found = check_legal(load(text), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].path, "incidents[0].harms");
    EXPECT_THAT(found[0].hint, HasSubstr("record what was given under support_given"));
}

TEST(LegalChecks, AShopOrHidingOrAWordIsNotMaterialSupport) {
    auto text =
        replaced(kBase, "kind: cartel}", "kind: cartel, designated_terrorist_organization: true}");
    // Words alone never make a finding: "paid" or "store" in an account is not a record of help.
    text = replaced(text, "They told me to leave town.",
                    "They came to my hardware store, I paid for nothing, and I hid from them.");
    EXPECT_THAT(check_legal(load(text), kToday), IsEmpty());
}

TEST(LegalChecks, IncidentBeforeBirthOrInTheFutureIsAnError) {
    auto before = check_legal(load(replaced(kBase, "date: 2019-03-03", "date: 1989-12")), kToday);
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].severity, Severity::Error);
    EXPECT_EQ(before[0].message, "the incident is dated before the applicant's birth");
    // A partial date that may still fall on or after the birth is not an error.
    EXPECT_THAT(check_legal(load(replaced(kBase, "date: 2019-03-03", "date: \"1990\"")), kToday),
                IsEmpty());
    auto future =
        check_legal(load(replaced(kBase, "date: 2019-03-03", "date: 2027-01-01")), kToday);
    ASSERT_EQ(future.size(), 1u);
    EXPECT_EQ(future[0].message, "the incident is dated in the future");
}

TEST(LegalChecks, ReliefAndClaimsMustAgree) {
    auto text = replaced(kBase, "relief: [asylum, withholding]", "relief: [asylum, cat]");
    auto found = check_legal(load(text), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "CAT protection is sought but claims.cat gives no facts");
}

TEST(LegalChecks, ForeignLanguageExhibitNeedsATranslation) {
    auto text =
        kBase + "exhibits:\n  - {id: acta, title: Acta, kind: police-report, language: Spanish}\n";
    auto found = check_legal(load(text), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].line, 25);
    EXPECT_THAT(found[0].message, HasSubstr("8 C.F.R. § 1003.33"));
}

TEST(LegalChecks, UnexplainedDifferenceInAPriorStatementWarns) {
    auto text = kBase +
                "prior_statements:\n  - id: cfi\n    kind: credible-fear-interview\n"
                "    date: 2019-07-01\n    recorded_facts:\n"
                "      - {fact: Said it happened in April, consistent: false}\n";
    auto found = check_legal(load(text), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_THAT(found[0].message, HasSubstr("no explanation"));
}

TEST(LegalChecks, ADateTheRecordGetsWrongWarnsUnlessExplained) {
    const std::string statement =
        kBase +
        "prior_statements:\n  - id: cfi\n    kind: credible-fear-interview\n"
        "    date: 2019-07-01\n    recorded_facts:\n"
        "      - incident: threat\n        aspect: date\n"
        "        recorded_date: 2019-04\n";
    auto found = check_legal(load(statement), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].line, 31);
    EXPECT_EQ(found[0].path, "prior_statements[0].recorded_facts[0].recorded_date");
    EXPECT_EQ(found[0].message,
              "a prior statement differs from the declaration (date) and no explanation is given");
    auto explained = check_legal(
        load(statement + "        explanation: The interpreter said April for March.\n"), kToday);
    EXPECT_THAT(explained, IsEmpty());
}

// A group worded by sex needs the attorney's review whatever kind it was given (K-E-S-G-); a
// word that only contains such a word does not count, nor a group defined by gender identity.
TEST(LegalChecks, AGroupWordedBySexIsFlaggedForReviewWhateverItsKind) {
    auto flagged = [](const std::string& definition, const std::string& kind = "other") {
        const auto text = replaced(
            kBase, "  political_opinion: {kind: imputed, opinion: opposition to the cartel}\n",
            "  particular_social_groups:\n    - {id: g, kind: " + kind + ", definition: \"" +
                definition + "\"}\n");
        for (const auto& problem : check_legal(load(text), kToday)) {
            if (problem.message.find("gender-related group") != std::string::npos) return true;
        }
        return false;
    };
    EXPECT_TRUE(flagged("Mexican women who resisted cartel recruitment"));
    EXPECT_TRUE(flagged("Mujeres indígenas de Guerrero"));
    EXPECT_FALSE(flagged("former municipal police officers of Iguala"));
    EXPECT_FALSE(flagged("womenswear shop owners"));  // a longer word, not the word
    EXPECT_FALSE(flagged("transgender women in Mexico", "gender-identity"));
}

// The Second Circuit's withholding standard rests on Chevron deference (Quituizaca): the attorney
// is told, at the line that makes the case a Second Circuit case, and only when withholding is
// sought.
TEST(LegalChecks, ASecondCircuitWithholdingCaseFlagsQuituizacaForTheAttorney) {
    const auto second = replaced(kBase, "court: {state: TX}", "court: {state: NY}");
    auto found = check_legal(load(second), kToday);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].line, 5);
    EXPECT_THAT(found[0].message, HasSubstr("Quituizaca v. Garland"));
    EXPECT_THAT(found[0].message, HasSubstr("Loper Bright"));

    const auto asylum_only = replaced(second, "relief: [asylum, withholding]", "relief: [asylum]");
    EXPECT_THAT(check_legal(load(asylum_only), kToday), IsEmpty());
    // Texas is in the Fifth Circuit, where the base case is quiet.
    EXPECT_THAT(check_legal(load(kBase), kToday), IsEmpty());
}

}  // namespace
}  // namespace amparo::legal

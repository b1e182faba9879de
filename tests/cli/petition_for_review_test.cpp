// A court of appeals reviews the Board's decision; it does not grant asylum. A brief on a petition
// for review asks the Court to grant the petition, vacate and remand, and leaves the sections
// FRAP 28(a) asks for whose law is not in the registry (jurisdiction, standard of review) to the
// attorney, by name.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/sample_variant.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(PetitionForReview, TheBriefAsksTheCourtToVacateAndRemandNotToGrantRelief) {
    const auto built = testing::build_edited_sample(
        "castillo-former-police", "petition-for-review", [](std::string& text) {
            testing::replace_in(text, "posture: defensive", "posture: petition-for-review");
        });
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    const std::string& brief = built.brief;
    EXPECT_THAT(brief, HasSubstr("Petitioner respectfully asks that the Court grant the petition "
                                 "for review, vacate the decision of the Board of Immigration "
                                 "Appeals and remand the case to the Board for further "
                                 "proceedings on his claims to asylum"));
    EXPECT_THAT(brief, Not(HasSubstr("asks that the Court grant asylum")));
    const auto jurisdiction = brief.find("# Jurisdictional Statement");
    ASSERT_NE(jurisdiction, std::string::npos);
    EXPECT_LT(jurisdiction, brief.find("# Statement of Facts"));
    EXPECT_THAT(brief, HasSubstr("[[TO COMPLETE: the basis of the Court's jurisdiction"));
    const auto review = brief.find("# Standard of Review");
    ASSERT_NE(review, std::string::npos);
    EXPECT_LT(review, brief.find("# Argument"));
    EXPECT_THAT(brief, HasSubstr("compelled to conclude to the contrary, and questions of law are "
                                 "reviewed de novo. [[TO COMPLETE: cite 8 U.S.C. § 1252(b)(4)(B)"));

    // The same case before the Immigration Court has neither section and asks for the relief.
    const std::string court =
        testing::build_edited_sample("castillo-former-police", "defensive", [](std::string&) {
        }).brief;
    EXPECT_THAT(court, Not(HasSubstr("Jurisdictional Statement")));
    EXPECT_THAT(court, Not(HasSubstr("Standard of Review")));
    EXPECT_THAT(court, HasSubstr("respectfully asks that the Court grant asylum"));
}

TEST(PetitionForReview, EachFindingOfTheBoardIsAnIssueReviewedUnderTheCourtsStandard) {
    const auto built = testing::build_edited_sample(
        "castillo-former-police", "petition-findings", [](std::string& text) {
            testing::replace_in(text, "posture: defensive", "posture: petition-for-review");
            testing::replace_in(text, "  relief:",
                                "  appeal:\n"
                                "    decision_date: 2025-06-02\n"
                                "    notice_filed: 2025-06-20\n"
                                "    errors:\n"
                                "      - finding: he could safely relocate within Mexico\n"
                                "        question: fact\n"
                                "        section: relocation\n"
                                "        record: BIA Dec. at 3\n"
                                "  relief:");
        });
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    const std::string& brief = built.brief;
    EXPECT_THAT(brief, HasSubstr("On June 2, 2025, the Board of Immigration Appeals denied "
                                 "asylum"));
    EXPECT_THAT(brief, HasSubstr("He filed a petition for review with this Court on June 20, "
                                 "2025."));
    EXPECT_THAT(brief, HasSubstr("# Jurisdictional Statement\n\nThe Board entered its final order "
                                 "on June 2, 2025. Petitioner filed the petition for review on "
                                 "June 20, 2025, 18 days later."));
    EXPECT_THAT(brief, HasSubstr("1. Whether the Board erred in finding that he could safely "
                                 "relocate within Mexico."));
    EXPECT_THAT(brief, HasSubstr("The Board’s finding that he could safely relocate within Mexico "
                                 "(BIA Dec. at 3) is a finding of fact, which the Court reviews "
                                 "for substantial evidence."));
    const auto relocation = brief.find("### G. Relocation Within Mexico Is Not Reasonable");
    ASSERT_NE(relocation, std::string::npos);
    EXPECT_THAT(brief.substr(relocation, 400),
                HasSubstr("The Board found that he could safely relocate within Mexico (BIA Dec. "
                          "at 3). The record compels the contrary conclusion"));
    EXPECT_THAT(brief, Not(HasSubstr("Immigration Judge erred")));
}

}  // namespace
}  // namespace amparo

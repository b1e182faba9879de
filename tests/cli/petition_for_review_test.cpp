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
    EXPECT_THAT(brief,
                HasSubstr("compelled to conclude to the contrary (8 U.S.C. § 1252(b)(4)(B))"));

    // The same case before the Immigration Court has neither section and asks for the relief.
    const std::string court =
        testing::build_edited_sample("castillo-former-police", "defensive", [](std::string&) {
        }).brief;
    EXPECT_THAT(court, Not(HasSubstr("Jurisdictional Statement")));
    EXPECT_THAT(court, Not(HasSubstr("Standard of Review")));
    EXPECT_THAT(court, HasSubstr("respectfully asks that the Court grant asylum"));
}

}  // namespace
}  // namespace amparo

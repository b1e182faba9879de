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
    // FRAP 28(a)'s order: the issues before the statement of the case, and a summary of the
    // argument, which the attorney writes (it must not merely repeat the headings).
    std::size_t at = 0;
    for (const char* part :
         {"# Jurisdictional Statement", "# Issues Presented", "# Statement of Facts",
          "# Summary of Argument\n\n[[TO COMPLETE: ", "# Standard of Review", "# Argument"}) {
        const auto found = brief.find(part, at);
        ASSERT_NE(found, std::string::npos) << part;
        at = found;
    }
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

// FRAP 32(a)(2): the case number centred at the top, the court, the title of the case, the
// nature of the proceeding and the agency below, the brief's title naming the party, then
// counsel's name, office, address and telephone. The EOIR ID (the brief's signatures included)
// and the detention line of an immigration court cover have no place on it.
TEST(PetitionForReview, TheCoverFollowsFrap32WithTheCaseNumberAtTheTop) {
    auto petition = [](const std::string& docket) {
        return [docket](std::string& text) {
            testing::replace_in(text, "posture: defensive", "posture: petition-for-review");
            testing::replace_in(text, "  relief:",
                                "  appeal:\n"
                                "    decision_date: 2025-06-02\n" +
                                    docket +
                                    "    errors:\n"
                                    "      - {finding: he could safely relocate within Mexico, "
                                    "question: fact, section: relocation}\n"
                                    "  relief:");
        };
    };
    const auto built = testing::build_edited_sample("castillo-former-police", "petition-cover",
                                                    petition("    docket_number: 25-60412\n"));
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    const std::string cover = built.brief.substr(0, built.brief.find("# Jurisdictional Statement"));
    std::size_t at = 0;
    for (const char* part :
         {"**No. 25-60412**", "**UNITED STATES COURT OF APPEALS**\\\n**FOR THE TENTH CIRCUIT**",
          "**Efraín Castillo Duarte**,\\\nPetitioner,\\\nv.\\\nAttorney General of the United "
          "States,\\\nRespondent.",
          "On Petition for Review of an Order of the Board of Immigration Appeals\\\nAgency No. "
          "A 201-555-102",
          "**Petitioner’s Opening Brief**", "Tomás E. Villarreal", "Tel. (575) 555-0117",
          "Counsel for Petitioner"}) {
        const auto found = cover.find(part, at);
        EXPECT_NE(found, std::string::npos) << part << " after offset " << at << " in\n" << cover;
        if (found != std::string::npos) at = found;
    }
    EXPECT_EQ(cover.find("**No. 25-60412**"), 0u);
    EXPECT_THAT(built.brief, Not(HasSubstr("EOIR ID")));  // on the cover or under a signature
    EXPECT_THAT(cover, Not(HasSubstr("DETAINED")));
    // Nor on the other documents' captions: detention is the immigration court's matter.
    ASSERT_FALSE(built.exhibit_index.empty());
    EXPECT_THAT(built.exhibit_index, HasSubstr("**FOR THE TENTH CIRCUIT**"));
    EXPECT_THAT(built.exhibit_index, Not(HasSubstr("DETAINED")));
    EXPECT_THAT(built.declaration, Not(HasSubstr("DETAINED")));
    // The hearing date left in the case file belongs to the proceedings below.
    EXPECT_THAT(built.brief, Not(HasSubstr("is set for")));
    // Served on the Attorney General's counsel, not on a DHS office through ECAS.
    const std::string service = built.brief.substr(built.brief.find("# Certificate of Service"));
    EXPECT_THAT(service, HasSubstr("served a copy of this brief on counsel for Respondent, the "
                                   "Attorney General of the United States"));
    EXPECT_THAT(service, Not(HasSubstr("Department of Homeland Security")));
    EXPECT_THAT(service, Not(HasSubstr("ECAS")));

    const auto unnumbered = testing::build_edited_sample("castillo-former-police",
                                                         "petition-cover-unnumbered", petition(""));
    EXPECT_THAT(unnumbered.brief, HasSubstr("**No. [[TO COMPLETE: the court of appeals' case "
                                            "number (case.appeal.docket\\_number)]]**"));
}

// A court of appeals does not weigh the equities: the discretion part answers a Board decision
// that rested on discretion, and is left to the agency on remand otherwise. Before the Board
// the same case argues its equities.
TEST(PetitionForReview, DiscretionIsArguedOnlyWhenTheBoardDecidedOnDiscretion) {
    auto posture = [](const std::string& name, const std::string& section) {
        return [name, section](std::string& text) {
            testing::replace_in(text, "posture: defensive", "posture: " + name);
            testing::replace_in(text, "  relief:",
                                "  appeal:\n"
                                "    decision_date: 2025-06-02\n"
                                "    errors:\n"
                                "      - {finding: the applicant did not merit asylum, question: " +
                                    std::string(section == "discretion" ? "discretion" : "fact") +
                                    ", section: " + section +
                                    "}\n"
                                    "  relief:");
        };
    };
    const std::string heading = "Merits Asylum in the Exercise of Discretion";
    const auto on_eligibility =
        testing::build_edited_sample("castillo-former-police", "petition-relocation",
                                     posture("petition-for-review", "relocation"));
    ASSERT_EQ(on_eligibility.result.exit_code, 0) << on_eligibility.result.err;
    EXPECT_THAT(on_eligibility.brief, Not(HasSubstr(heading)));
    EXPECT_THAT(on_eligibility.brief, Not(HasSubstr("The equities favor a grant")));
    // Humanitarian asylum is argued as eligibility, which is what the Court reviews.
    EXPECT_THAT(on_eligibility.brief,
                HasSubstr("### I. In the Alternative, Petitioner Is Eligible for Humanitarian "
                          "Asylum"));

    const auto on_discretion =
        testing::build_edited_sample("castillo-former-police", "petition-discretion",
                                     posture("petition-for-review", "discretion"));
    ASSERT_EQ(on_discretion.result.exit_code, 0) << on_discretion.result.err;
    const auto part = on_discretion.brief.find("### J. Petitioner " + heading);
    ASSERT_NE(part, std::string::npos);
    EXPECT_THAT(on_discretion.brief.substr(part, 300),
                HasSubstr("The Board found that the applicant did not merit asylum. That was an "
                          "abuse of discretion"));
    EXPECT_THAT(on_discretion.brief, HasSubstr("is an exercise of discretion, which the Court "
                                               "reviews for abuse of discretion"));

    const auto board = testing::build_edited_sample("castillo-former-police", "board-relocation",
                                                    posture("bia-appeal", "relocation"));
    ASSERT_EQ(board.result.exit_code, 0) << board.result.err;
    EXPECT_THAT(board.brief, HasSubstr("### J. Respondent " + heading));
}

}  // namespace
}  // namespace amparo

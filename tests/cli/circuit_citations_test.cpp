// A circuit's own cases are cited as the rule only in that circuit; elsewhere the brief states
// the rule from the Board and the regulations, and cites other circuits only as persuasive
// ("Courts of appeals have held ... See"). The facts of ../shared/legal/circuits.md decide.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/sample_variant.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The ramirez sample (business owner, extortion, CAT) argued in `circuit`.
std::string ramirez_in(const std::string& circuit) {
    return testing::brief_for_variant("ramirez-business-extortion", "circuit-" + circuit,
                                      "[asylum, withholding, cat]", circuit);
}

TEST(CircuitCitations, NinthCircuitCasesAreTheRuleOnlyInTheNinth) {
    const std::string ninth = ramirez_in("9");
    for (const char* key : {"madrigal", "bringas", "zheng", "garcia-milian", "ozz"}) {
        EXPECT_TRUE(testing::cites(ninth, key)) << key;
    }
    EXPECT_THAT(ninth, HasSubstr("In this circuit awareness includes willful blindness"));

    const std::string fifth = ramirez_in("5");
    for (const char* key : {"madrigal", "bringas", "zheng", "garcia-milian"}) {
        EXPECT_FALSE(testing::cites(fifth, key)) << key;
    }
    // The Board's cumulative-harm rule and the Fifth Circuit's own adverse CAT case instead.
    EXPECT_TRUE(testing::cites(fifth, "ozz"));
    EXPECT_TRUE(testing::cites(fifth, "tabora-gutierrez"));
    EXPECT_THAT(fifth, Not(HasSubstr("willful blindness")));
    // Other circuits' holdings only as "see also", after the binding rule.
    EXPECT_THAT(fifth, HasSubstr("consent or acquiescence of a public official. 8 C.F.R. "
                                 "§ 1208.18(a)(1); see also *De La Rosa v. Holder*"));
    EXPECT_THAT(fifth, HasSubstr("(A.G. 2020); see also *Ramirez-Peyro v. Holder*"));
    // The Ninth Circuit's adverse business-owner holding is for the attorney to distinguish
    // there (it is not in the registry), and nowhere else.
    const std::string adverse =
        "the Ninth Circuit has held a group of wealthy Mexican business "
        "owners who refused extortion demands not particular";
    EXPECT_THAT(ninth, HasSubstr("[[TO COMPLETE: " + adverse));
    EXPECT_THAT(fifth, Not(HasSubstr(adverse)));
}

TEST(CircuitCitations, EachCircuitGetsItsOwnConfirmedHoldings) {
    const std::string first = ramirez_in("1");
    EXPECT_THAT(first, HasSubstr("a prompt investigation shows willingness, not the ability to "
                                 "protect. *Rosales Justo v. Sessions*"));
    const std::string fourth = ramirez_in("4");
    EXPECT_THAT(fourth, HasSubstr("A threat of death is itself persecution. *Crespin-Valladares"));
    EXPECT_TRUE(testing::cites(fourth, "suarez-valenzuela"));
    EXPECT_TRUE(testing::cites(fourth, "hernandez-avalos"));
    const std::string third = ramirez_in("3");
    EXPECT_TRUE(testing::cites(third, "silva-rengifo"));
    const std::string eighth = ramirez_in("8");
    EXPECT_THAT(eighth, HasSubstr("Police who act against official policy can still act in an "
                                  "official capacity. *Ramirez-Peyro"));
    EXPECT_THAT(eighth, HasSubstr("[[TO COMPLETE: the Eighth Circuit asks whether the government "
                                  "condoned the persecution"));
    const std::string second = ramirez_in("2");
    EXPECT_THAT(second, HasSubstr("The efforts of some officials do not foreclose acquiescence by "
                                  "others. *De La Rosa"));
    EXPECT_FALSE(testing::cites(second, "xochihua-jaimes"));
}

TEST(CircuitCitations, TheSeventhCircuitFormerOfficerCaseIsCitedForAFormerOfficer) {
    const std::string seventh = testing::brief_for_variant("castillo-former-police", "castillo-7",
                                                           "[asylum, withholding, cat]", "7");
    EXPECT_TRUE(testing::cites(seventh, "rrd"));
}

TEST(CircuitCitations, TheCourtsStateDecidesWhenTheCircuitIsNotGiven) {
    // ramirez is heard in Houston (TX): without `circuit` it is still a Fifth Circuit case.
    const std::string derived = ramirez_in("");
    EXPECT_TRUE(testing::cites(derived, "tabora-gutierrez"));
    EXPECT_FALSE(testing::cites(derived, "madrigal"));
    EXPECT_THAT(derived, Not(HasSubstr("[[TO COMPLETE: the nexus standard")));

    // A circuit that contradicts the court's state is flagged.
    auto dir = testing::make_scratch_dir("circuit-contradiction");
    std::string text =
        testing::read_file(testing::source_dir() / "samples/ramirez-business-extortion.yaml");
    testing::replace_in(text, "    circuit: 5", "    circuit: 9");
    testing::write_file(dir / "case.yaml", text);
    std::filesystem::copy(testing::source_dir() / "samples/exhibits", dir / "exhibits",
                          std::filesystem::copy_options::recursive);
    auto result = testing::run_amparo({"validate", (dir / "case.yaml").string()});
    EXPECT_THAT(result.err, HasSubstr("warning: case.court.circuit: circuit 9 is not the circuit "
                                      "of TX (5)"));
}

}  // namespace
}  // namespace amparo

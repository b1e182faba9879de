// A withholding brief argues every ground when asylum is not sought, under the standard of the
// case's circuit: "a reason" in the Sixth and Ninth Circuits, "one central reason" (C-T-L-)
// elsewhere, and a visible placeholder when the circuit is unknown.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/sample_variant.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The castillo sample (former police officer, 10th Cir.) with its relief and circuit replaced.
std::string brief_for(const std::string& label, const std::string& relief,
                      const std::string& circuit) {
    return testing::brief_for_variant("castillo-former-police", label, relief, circuit);
}

std::string withholding_part(const std::string& brief) {
    auto start = brief.find("Is Entitled to Withholding of Removal");
    auto end = brief.find("Convention Against Torture\n", start);
    return brief.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// The castillo sample asking only for withholding and CAT, with `bars` recorded and its
// application filed on `filed`.
std::string brief_with_bars(const std::string& label, const std::string& relief,
                            const std::string& bars, const std::string& filed) {
    const auto built =
        testing::build_edited_sample("castillo-former-police", label, [&](std::string& text) {
            testing::replace_in(text, "relief: [asylum, withholding, cat]",
                                "relief: " + relief + "\n  bars: " + bars);
            testing::replace_in(text, "filed_date: 2024-11-04", "filed_date: " + filed);
        });
    EXPECT_EQ(built.result.exit_code, 0) << built.result.err;
    return built.brief;
}

std::string opening_of_argument(const std::string& brief) {
    const auto start = brief.find("# Argument\n\n");
    return brief.substr(start + 12, brief.find("\n\n", start + 12) - start - 12);
}

// Why asylum is not sought opens the argument, told from the dates when the deadline bars it;
// a case that asks for asylum despite the bar argues the deadline in the asylum part instead.
TEST(WithholdingBrief, TheArgumentOpensWithWhyAsylumIsNotSought) {
    const std::string late =
        brief_with_bars("late-filer", "[withholding, cat]", "[{kind: one-year}]", "2026-01-20");
    EXPECT_EQ(opening_of_argument(late),
              "Respondent does not ask for asylum, which the one-year filing deadline bars: he "
              "last arrived in the United States on August 15, 2024, so the application was due "
              "by August 15, 2025, and it was filed on January 20, 2026, five months after the "
              "deadline. 8 U.S.C. § 1158(a)(2)(B); exceptions § 1158(a)(2)(D). The deadline "
              "applies to asylum alone; he asks for withholding of removal and protection under "
              "the Convention Against Torture.");
    const std::string resettled = brief_with_bars("resettled", "[withholding, cat]",
                                                  "[{kind: firm-resettlement}]", "2024-11-04");
    EXPECT_THAT(opening_of_argument(resettled),
                HasSubstr("Respondent does not ask for asylum, which the firm resettlement bar "
                          "precludes: [[TO COMPLETE: the facts of the resettlement"));
    const std::string asks = brief_with_bars("asks-anyway", "[asylum, withholding, cat]",
                                             "[{kind: one-year}]", "2026-01-20");
    EXPECT_THAT(asks, Not(HasSubstr("does not ask for asylum")));
    EXPECT_THAT(asks, HasSubstr("five months after the deadline"));  // argued in the asylum part
}

TEST(WithholdingBrief, WithoutAsylumEveryGroundIsArguedInTheWithholdingPart) {
    std::string part = withholding_part(brief_for("withholding-only", "[withholding, cat]", "10"));
    for (const char* heading :
         {"### B. Respondent Suffered Past Persecution",
          "### C. Respondent Was Persecuted on Account of Protected Grounds",
          "#### Particular Social Group: former municipal police officers of Iguala",
          "#### Political Opinion", "### D. The Protected Ground Is the Reason for the Threat",
          "### E. The Government of Mexico Is Unable or Unwilling to Protect Him",
          "### F. Persecution Is More Likely Than Not", "### G. Relocation Within Mexico"}) {
        EXPECT_THAT(part, HasSubstr(heading));
    }
    EXPECT_THAT(part, HasSubstr("clear probability of persecution"));
    EXPECT_TRUE(testing::cites(part, "stevic"));
    // The former-status animus argument (O-A-R-G-) comes with the group.
    EXPECT_TRUE(testing::cites(part, "oarg"));
    EXPECT_THAT(part, Not(HasSubstr("For the reasons given in Part")));
    EXPECT_THAT(part, Not(HasSubstr("TO COMPLETE: the protected ground")));
}

TEST(WithholdingBrief, WithAsylumTheGroundsAreArguedOnceAndReferredTo) {
    std::string brief = brief_for("all-relief", "[asylum, withholding, cat]", "10");
    EXPECT_EQ(brief.find("#### Political Opinion"), brief.rfind("#### Political Opinion"));
    // The asylum part's numeral: II when a credibility part comes first (the case has prior
    // statements), I otherwise.
    const auto heading = brief.find(". Respondent Is Eligible for Asylum");
    ASSERT_NE(heading, std::string::npos);
    const auto numeral_at = brief.rfind("## ", heading) + 3;
    const std::string numeral = brief.substr(numeral_at, heading - numeral_at);
    EXPECT_THAT(withholding_part(brief),
                HasSubstr("For the reasons given in Part " + numeral + ","));
}

TEST(WithholdingBrief, TheNexusStandardFollowsTheCircuit) {
    std::string ninth = withholding_part(brief_for("ninth", "[withholding]", "9"));
    EXPECT_THAT(ninth, HasSubstr("need only be “a reason”"));
    EXPECT_TRUE(testing::cites(ninth, "barajas-romero"));
    EXPECT_FALSE(testing::cites(ninth, "ctl"));

    std::string sixth = withholding_part(brief_for("sixth", "[withholding]", "6"));
    EXPECT_TRUE(testing::cites(sixth, "guzman-vazquez"));
    EXPECT_FALSE(testing::cites(sixth, "ctl"));

    for (const char* circuit : {"2", "5"}) {
        std::string other = withholding_part(
            brief_for(std::string("circuit-") + circuit, "[withholding]", circuit));
        EXPECT_THAT(other, HasSubstr("at least one central reason for the threatened harm"))
            << circuit;
        EXPECT_TRUE(testing::cites(other, "ctl")) << circuit;
        EXPECT_FALSE(testing::cites(other, "barajas-romero")) << circuit;
    }
    // The Second Circuit's own case, which deferred to C-T-L-, is the binding rule there only.
    EXPECT_THAT(withholding_part(brief_for("circuit-2", "[withholding]", "2")),
                HasSubstr("The Court of Appeals for this circuit has deferred to that rule. "
                          "*Quituizaca v. Garland*, 52 F.4th 103 (2d Cir. 2022)."));
    EXPECT_FALSE(testing::cites(brief_for("circuit-5", "[withholding]", "5"), "quituizaca"));

    // Without `circuit`, the court's state decides (New Mexico is in the Tenth Circuit).
    std::string derived = withholding_part(brief_for("no-circuit", "[withholding]", ""));
    EXPECT_THAT(derived, HasSubstr("at least one central reason for the threatened harm"));
    EXPECT_THAT(derived, Not(HasSubstr("[[TO COMPLETE: the nexus standard")));

    // Neither circuit nor state: the attorney is asked.
    auto unknown = testing::build_edited_sample(
        "castillo-former-police", "no-circuit-no-state", [](std::string& text) {
            testing::replace_in(text, "    state: NM\n    circuit: 10\n", "");
        });
    ASSERT_EQ(unknown.result.exit_code, 0) << unknown.result.err;
    EXPECT_THAT(unknown.brief, HasSubstr("[[TO COMPLETE: the nexus standard of the circuit"));
    EXPECT_THAT(unknown.result.err, HasSubstr("the governing circuit is unknown"));
}

TEST(WithholdingBrief, AsylumArguesThePresumptionFromPastPersecution) {
    std::string brief = brief_for("presumption", "[asylum]", "10");
    EXPECT_THAT(brief, HasSubstr("presumed to have a well-founded fear of future persecution. "
                                 "8 C.F.R. § 1208.13(b)(1)."));
    // Relocation: presumed unreasonable after past persecution, § 1208.13(b)(3)(ii).
    EXPECT_THAT(brief,
                HasSubstr("relocation is presumed to be unreasonable: it is the Department "
                          "of Homeland Security that must show, by a preponderance of the "
                          "evidence, that relocation would be both possible and reasonable"));
    EXPECT_THAT(brief, HasSubstr("need not prove the contrary. 8 C.F.R. § 1208.13(b)(3);"));
}

TEST(WithholdingBrief, ABarToWithholdingLeavesCatDeferral) {
    // The relief line is followed by the bar the case records.
    const std::string brief = brief_for(
        "cat-deferral",
        "[cat]\n  bars: [{kind: particularly-serious-crime, facts: a 2019 conviction}]", "10");
    EXPECT_THAT(brief, ::testing::ContainsRegex("## I+\\. Respondent Is Entitled to Deferral of "
                                                "Removal Under the Convention Against Torture"));
    EXPECT_THAT(brief, HasSubstr("subject to a mandatory bar to withholding of removal (a "
                                 "particularly serious crime), the protection available is "
                                 "deferral of removal"));
    EXPECT_TRUE(testing::cites(brief, "reg-cat-deferral"));
    EXPECT_THAT(brief, HasSubstr("so that deferral of removal under the Convention Against "
                                 "Torture is required"));
    EXPECT_THAT(brief, HasSubstr("grant deferral of removal under the Convention Against Torture"));
    // Without a bar the same case asks for protection, with deferral only mentioned.
    const std::string unbarred = brief_for("cat-only", "[cat]", "10");
    EXPECT_THAT(unbarred, HasSubstr("Is Entitled to Protection Under the Convention Against"));
    EXPECT_THAT(unbarred, Not(HasSubstr("mandatory bar to withholding")));
}

TEST(WithholdingBrief, AFormerSoldierGetsTheFormerStatusAnimusArgument) {
    // The castillo sample's group, recast as former soldiers.
    auto built = testing::build_edited_sample(
        "castillo-former-police", "former-soldier", [](std::string& text) {
            testing::replace_in(text, "kind: former-police", "kind: former-military");
        });
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    EXPECT_THAT(built.brief, HasSubstr("*Animus toward the former status.*"));
    EXPECT_TRUE(testing::cites(built.brief, "oarg"));
    EXPECT_THAT(built.brief,
                HasSubstr("A former status is a past experience that cannot be undone"));
    EXPECT_THAT(built.brief, Not(HasSubstr("Status as a former police officer is immutable")));
}

TEST(WithholdingBrief, IdentityGroupsArgueImmutabilityFromAcosta) {
    for (const char* kind : {"sexual-orientation", "gender-identity", "human-rights-defenders"}) {
        auto built = testing::build_edited_sample(
            "castillo-former-police", std::string("group-") + kind, [&](std::string& text) {
                testing::replace_in(text, "kind: former-police", std::string("kind: ") + kind);
            });
        ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
        const auto immutability = built.brief.substr(built.brief.find("*Immutability.*"), 600);
        EXPECT_TRUE(testing::cites(immutability, "acosta")) << kind;
        EXPECT_THAT(immutability, HasSubstr(std::string(kind) == "human-rights-defenders"
                                                ? "should not be required to give up"
                                                : "cannot change or should not be required to "
                                                  "change"))
            << kind;
        // Not a former status: no O-A-R-G- animus part.
        EXPECT_THAT(built.brief, Not(HasSubstr("*Animus toward the former status.*"))) << kind;
    }
}

TEST(WithholdingBrief, BeforeTheJudgeTheGroupsAreStatedOnceForAnyAppeal) {
    const std::string before_judge =
        testing::build_edited_sample("castillo-former-police", "wyc-court", [](std::string&) {
        }).brief;
    EXPECT_THAT(before_judge, HasSubstr("Respondent states the group here, before the Immigration "
                                        "Judge, exactly as it will be argued on any appeal."));
    EXPECT_TRUE(testing::cites(before_judge, "wyc"));
    // On appeal the group was stated below or not at all: the brief does not claim it is stated
    // "here, before the Immigration Judge".
    auto on_appeal =
        testing::build_edited_sample("castillo-former-police", "wyc-appeal", [](std::string& text) {
            testing::replace_in(text, "posture: defensive", "posture: bia-appeal");
        });
    ASSERT_EQ(on_appeal.result.exit_code, 0) << on_appeal.result.err;
    EXPECT_THAT(on_appeal.brief, Not(HasSubstr("before the Immigration Judge, exactly as")));
    // It says the group was stated below, leaves the record cite to the attorney, and cites
    // W-Y-C- for why it matters.
    EXPECT_THAT(on_appeal.brief,
                HasSubstr("Respondent stated the group before the Immigration Judge as it is "
                          "argued here [[TO COMPLETE: where the record shows the group as stated "
                          "below"));
    EXPECT_THAT(on_appeal.brief, HasSubstr("the Board does not consider a group delineated for the "
                                           "first time on appeal."));
    EXPECT_TRUE(testing::cites(on_appeal.brief, "wyc"));
}

}  // namespace
}  // namespace amparo

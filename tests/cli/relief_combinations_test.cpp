// Every sample under every relief combination an attorney files (asylum, withholding and CAT;
// withholding alone after the one-year bar; CAT alone with a bar to withholding; asylum alone):
// each part the relief calls for is argued, under its own standard and authority, and no part
// the relief does not call for appears.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "cli/sample_variant.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct Combination {
    const char* label;
    const char* relief;  // the case file's relief line, and any bar it records
    bool asylum, withholding, cat, deferral;
};

const Combination kCombinations[] = {
    {"all", "relief: [asylum, withholding, cat]", true, true, true, false},
    {"withholding-only", "relief: [withholding]", false, true, false, false},
    {"cat-barred",
     "relief: [cat]\n  bars: [{kind: particularly-serious-crime, facts: a 2019 conviction}]", false,
     false, true, true},
    {"asylum-only", "relief: [asylum]", true, false, false, false},
};

const char* kSamples[] = {"castillo-former-police",     "herrera-journalist",
                          "lopez-family-of-officer",    "morales-refused-drugs",
                          "ramirez-business-extortion", "vargas-domestic-violence"};

std::string brief_under(const std::string& sample, const Combination& combination) {
    auto built = testing::build_edited_sample(
        sample, sample + "-" + combination.label, [&](std::string& text) {
            text = std::regex_replace(text, std::regex("relief: \\[[a-z, ]+\\]"),
                                      combination.relief, std::regex_constants::format_first_only);
        });
    EXPECT_EQ(built.result.exit_code, 0) << sample << " " << combination.label << "\n"
                                         << built.result.err;
    return built.brief;
}

TEST(ReliefCombinations, EachReliefIsArguedUnderItsOwnStandard) {
    for (const char* sample : kSamples) {
        for (const auto& combination : kCombinations) {
            SCOPED_TRACE(std::string(sample) + " / " + combination.label);
            const std::string brief = brief_under(sample, combination);
            ASSERT_FALSE(brief.empty());
            // Asylum: a reasonable possibility (a well-founded fear), one central reason.
            EXPECT_EQ(brief.find("Is Eligible for Asylum") != std::string::npos,
                      combination.asylum);
            EXPECT_EQ(testing::cites(brief, "mogharrabi"), combination.asylum);
            // Withholding: a clear probability (Stevic).
            EXPECT_EQ(brief.find("Is Entitled to Withholding of Removal") != std::string::npos,
                      combination.withholding);
            EXPECT_EQ(testing::cites(brief, "stevic"), combination.withholding);
            // CAT: more likely than not, acquiescence; deferral under a bar.
            EXPECT_EQ(testing::cites(brief, "reg-acquiescence"), combination.cat);
            EXPECT_EQ(brief.find("Entitled to Deferral of Removal") != std::string::npos,
                      combination.deferral);
            // Each standard in its own words, and only where its relief is sought.
            auto states = [&brief](const char* words) {
                return brief.find(words) != std::string::npos;
            };
            EXPECT_EQ(states("A fear is well founded if a reasonable person in the applicant’s "
                             "circumstances would fear persecution"),
                      combination.asylum);
            EXPECT_EQ(states("The applicant must show a clear probability of persecution: that "
                             "it is more likely than not."),
                      combination.withholding);
            EXPECT_EQ(states("Protection requires showing that it is more likely than not that "
                             "the applicant would be tortured in the country of removal."),
                      combination.cat);
            EXPECT_EQ(states("the protection available is deferral of removal"),
                      combination.deferral);
            // Whatever the relief, the grounds are argued where the case has their facts.
            EXPECT_THAT(brief, Not(HasSubstr("[[TO COMPLETE: the protected ground")));
            if (combination.asylum || combination.withholding) {
                EXPECT_THAT(brief, HasSubstr("Was Persecuted on Account of Protected Grounds"));
                EXPECT_THAT(brief, HasSubstr("Unable or Unwilling to Protect"));
                EXPECT_TRUE(testing::cites(brief, "reg-past-persecution") ||
                            testing::cites(brief, "reg-withholding"));
            }
            if (combination.withholding && !combination.asylum) {
                EXPECT_THAT(brief, HasSubstr("it is presumed that"));
                EXPECT_TRUE(testing::cites(brief, "reg-withholding"));
            }
        }
    }
}

TEST(ReliefCombinations, AnAppealToTheBoardStatesTheStandardOfReview) {
    // Vargas appeals to the Board: the brief has the section the Board's practice manual asks
    // for, left for the attorney with the regulation to verify; a brief to the Immigration
    // Court has none.
    const std::string appeal = brief_under("vargas-domestic-violence", kCombinations[0]);
    EXPECT_THAT(appeal, HasSubstr("# Standard of Review"));
    EXPECT_THAT(appeal, HasSubstr("findings of fact, including findings as to the credibility of "
                                  "testimony, only for clear error"));
    EXPECT_THAT(appeal, HasSubstr("cite 8 C.F.R. § 1003.1(d)(3)(i)-(ii): not in the registry"));
    EXPECT_LT(appeal.find("# Standard of Review"), appeal.find("# Argument"));
    EXPECT_THAT(brief_under("castillo-former-police", kCombinations[0]),
                Not(HasSubstr("Standard of Review")));
}

}  // namespace
}  // namespace amparo

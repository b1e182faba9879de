// The Board's cautions follow what a group is, not the kind the paralegal chose: a group worded by
// sex is argued as more than a group of sex alone (Matter of K-E-S-G-), whatever its kind.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/sample_variant.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const char kNotSexAlone[] =
    "The group is not defined by sex, or by sex and nationality, alone, "
    "which the Board has held overbroad.";

TEST(SocialGroupCautions, AGroupWordedBySexSaysWhyItIsMoreThanSexWhateverItsKind) {
    const auto journalist = testing::build_edited_sample(
        "herrera-journalist", "women-journalists", [](std::string& text) {
            testing::replace_in(text, "definition: Mexican journalists who",
                                "definition: Mexican women journalists who");
        });
    ASSERT_EQ(journalist.result.exit_code, 0) << journalist.result.err;
    EXPECT_THAT(journalist.brief, HasSubstr(kNotSexAlone));
    EXPECT_TRUE(testing::cites(journalist.brief, "kesg"));
    EXPECT_THAT(journalist.result.err, HasSubstr("gender-related group"));

    // The sample as it is names no sex: no caution, no citation.
    const auto as_is =
        testing::build_edited_sample("herrera-journalist", "journalists", [](std::string&) {});
    ASSERT_EQ(as_is.result.exit_code, 0) << as_is.result.err;
    EXPECT_THAT(as_is.brief, Not(HasSubstr(kNotSexAlone)));
    EXPECT_FALSE(testing::cites(as_is.brief, "kesg"));

    // A domestic-relationship group given another kind keeps the caution from its words.
    const auto other_kind = testing::build_edited_sample(
        "vargas-domestic-violence", "domestic-as-other", [](std::string& text) {
            testing::replace_in(text, "kind: domestic-relationship", "kind: other");
        });
    ASSERT_EQ(other_kind.result.exit_code, 0) << other_kind.result.err;
    EXPECT_THAT(other_kind.brief, HasSubstr(kNotSexAlone));
}

}  // namespace
}  // namespace amparo

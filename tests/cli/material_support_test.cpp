// Help given to a designated cartel, recorded under support_given: the case does not build until
// an attorney has reviewed it; once reviewed, the brief sets out the help, the threat and the
// timing against the designation, and leaves the legal position to the attorney.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/sample_variant.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;

TEST(MaterialSupport, UnreviewedHelpToADesignatedCartelStopsTheCase) {
    auto built = testing::build_edited_sample(
        "ramirez-business-extortion", "unreviewed-support", [](std::string& text) {
            testing::replace_in(text, "material_support_acknowledged: true",
                                "material_support_acknowledged: false");
        });
    EXPECT_EQ(built.result.exit_code, 1);
    EXPECT_THAT(built.result.err,
                HasSubstr("case.yaml:162:9: error: support_given[0].to: help given to a "
                          "designated terrorist organization: a possible material-support bar"));
    EXPECT_THAT(built.result.err, HasSubstr("0 cases built into"));
    EXPECT_TRUE(built.brief.empty());
}

TEST(MaterialSupport, ReviewedHelpIsSetOutForTheAttorneysArgument) {
    auto built = testing::build_edited_sample("ramirez-business-extortion", "reviewed-support",
                                              [](auto&) {});
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    EXPECT_THAT(built.brief, HasSubstr("# The Material-Support Bar"));
    EXPECT_THAT(built.brief,
                HasSubstr("From June 2022 to February 2023, he paid the Cártel de Jalisco Nueva "
                          "Generación (CJNG) 1,500 pesos every Saturday, later 3,000. It was given "
                          "under threat: the collectors said they knew where his son went to "
                          "school."));
    EXPECT_THAT(built.brief, HasSubstr("All of it ended before the designation"));
    EXPECT_TRUE(testing::cites(built.brief, "fto-cartels"));
    EXPECT_THAT(built.brief, HasSubstr("[[TO COMPLETE: the attorney's position on the "
                                       "material-support bar"));
}

}  // namespace
}  // namespace amparo

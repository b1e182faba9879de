// Suggestions for misspelled names: close misspellings get one, unrelated words do not.
#include <gtest/gtest.h>

#include "casefile/nearest_name.hpp"

namespace amparo {
namespace {

TEST(NearestName, EditDistanceCountsSwapsAsOneEdit) {
    EXPECT_EQ(edit_distance("incidents", "incidnets"), 1u);
    EXPECT_EQ(edit_distance("", "abc"), 3u);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

TEST(NearestName, SuggestsTheClosestPlausibleName) {
    std::vector<std::string> names = {"incidents", "exhibits", "claims", "applicant"};
    EXPECT_EQ(nearest_name("incidnets", names), "incidents");
    EXPECT_EQ(nearest_name("exibits", names), "exhibits");
    EXPECT_EQ(nearest_name("aplicant", names), "applicant");
}

TEST(NearestName, NoSuggestionForUnrelatedWords) {
    std::vector<std::string> names = {"incidents", "exhibits", "claims"};
    EXPECT_FALSE(nearest_name("weather", names).has_value());
    EXPECT_FALSE(nearest_name("x", std::vector<std::string>{}).has_value());
}

}  // namespace
}  // namespace amparo

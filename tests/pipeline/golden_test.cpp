// Golden text snapshots: every sample's declaration and brief as Markdown, committed under
// tests/pipeline/golden/ and read by a person whenever they change. A difference fails with
// the first line that differs; AMPARO_UPDATE_GOLDEN=1 rewrites the snapshots for review.
#include <gtest/gtest.h>
#include <cstdlib>
#include <fstream>

#include "pipeline/built_samples.hpp"
#include "support/test_paths.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;

std::string first_difference(const std::string& expected, const std::string& actual) {
    std::istringstream want(expected);
    std::istringstream got(actual);
    std::string a;
    std::string b;
    for (int line = 1;; ++line) {
        const bool more_a = static_cast<bool>(std::getline(want, a));
        const bool more_b = static_cast<bool>(std::getline(got, b));
        if (!more_a && !more_b) return "";
        if (!more_a || !more_b || a != b) {
            return "line " + std::to_string(line) + "\n  snapshot: " + (more_a ? a : "(end)") +
                   "\n  built:    " + (more_b ? b : "(end)");
        }
    }
}

TEST(GoldenSnapshots, SampleDeclarationsAndBriefsMatchTheReviewedText) {
    const bool update = std::getenv("AMPARO_UPDATE_GOLDEN") != nullptr;
    const fs::path golden = testing::source_dir() / "tests/pipeline/golden";
    for (const auto& id : testing::sample_ids()) {
        for (const char* document : {"declaration.md", "brief.md"}) {
            const std::string built = testing::read_file(testing::built_samples() / id / document);
            const fs::path snapshot = golden / id / document;
            if (update) {
                fs::create_directories(snapshot.parent_path());
                std::ofstream(snapshot, std::ios::binary) << built;
                continue;
            }
            ASSERT_TRUE(fs::exists(snapshot))
                << snapshot << " is missing: run with AMPARO_UPDATE_GOLDEN=1 and review it";
            const std::string difference = first_difference(testing::read_file(snapshot), built);
            EXPECT_TRUE(difference.empty())
                << id << "/" << document << " differs from its snapshot at " << difference
                << "\n(if the change is intended, rerun with AMPARO_UPDATE_GOLDEN=1 and review "
                   "the diff of tests/pipeline/golden/)";
        }
    }
}

}  // namespace
}  // namespace amparo

// `amparo lint-templates`: the shipped templates pass; a copy with a placeholder printed although
// the samples have the fact, or with a citation the registry refuses, fails at the right line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/amparo_run.hpp"
#include "cli/template_copies.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::run_amparo;

TEST(LintTemplatesCommand, ShippedTemplatesPass) {
    auto result = run_amparo({"lint-templates"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("templates checked: no errors"));
}

TEST(LintTemplatesCommand, PlaceholderShownForASampleThatHasTheFact) {
    auto dir = testing::copy_of_templates();
    // The court name is always set in the samples; printing its placeholder unconditionally is a
    // bug.
    std::string facts = testing::read_file(dir / "brief/facts.mustache");
    testing::write_file(dir / "brief/facts.mustache",
                        facts + "\n[[TO COMPLETE: court name (case.court.name)]]\n");
    auto result = run_amparo({"lint-templates", "--templates", dir.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(
        result.err,
        HasSubstr("placeholder 'court name (case.court.name)' appears in brief for sample "));
    EXPECT_THAT(result.err, HasSubstr("which has case.court.name"));
}

TEST(LintTemplatesCommand, RefusedCitationIsReportedAtItsLine) {
    auto dir = testing::copy_of_templates();
    std::string cat = testing::read_file(dir / "arguments/cat.mustache");
    testing::write_file(dir / "arguments/cat.mustache", "See {{#cite}}ab-2{{/cite}}.\n" + cat);
    auto result = run_amparo({"lint-templates", "--templates", dir.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err,
                HasSubstr("arguments/cat.mustache:1:5: error: authority 'ab-2' is vacated"));
}

// The example: "She speaks Spanish and is ." for the four samples without a marital
// status. Two warnings at the tag: the static one, and the one that rendering the samples shows.
TEST(LintTemplatesCommand, OptionalFieldRenderedEmptyInASentenceIsFoundBothWays) {
    auto dir = testing::copy_of_templates();
    const auto file = dir / "declaration/background.mustache";
    testing::replace_in_file(file, "I speak {{languages_text}}.",
                             "I speak {{languages_text}} and am {{marital_status}}.");
    auto result = run_amparo({"lint-templates", "--templates", dir.string()});
    EXPECT_EQ(result.exit_code, 0) << "warnings do not fail lint: " << result.err;
    const std::string at = file.string() + ":4:44: warning: ";
    EXPECT_THAT(result.err, HasSubstr(at + "'marital_status' is optional in the case schema and is "
                                           "interpolated without a section guarding it"));
    // Two of the six samples give a marital status.
    std::size_t without = 0;
    for (const auto& entry : fs::directory_iterator(testing::source_dir() / "samples")) {
        if (entry.path().extension() != ".yaml") continue;
        without += testing::read_file(entry.path()).find("marital_status:") == std::string::npos;
    }
    ASSERT_EQ(without, 4u);
    EXPECT_THAT(result.err, HasSubstr(at + "'marital_status' renders empty inside a sentence for 4 "
                                           "sample documents: "));
    EXPECT_THAT(result.err, HasSubstr("herrera-journalist.yaml (declaration)"));
    EXPECT_THAT(result.err, ::testing::Not(HasSubstr("ramirez-business-extortion.yaml (decl")));
}

TEST(LintTemplatesCommand, GuardedOptionalFieldIsNotReported) {
    auto dir = testing::copy_of_templates();
    testing::replace_in_file(dir / "declaration/background.mustache", "I speak {{languages_text}}.",
                             "I speak {{languages_text}}{{#marital_status}} and am "
                             "{{marital_status}}{{/marital_status}}.");
    auto result = run_amparo({"lint-templates", "--templates", dir.string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, ::testing::Not(HasSubstr("marital_status")));
}

TEST(RenderCommand, RendersOneTemplateForOneCase) {
    auto result = run_amparo({"render", "exhibit-index/exhibit-index", "--case",
                              "samples/ramirez-business-extortion.yaml"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("| A | Birth certificate of Joaquín Ramírez Ochoa"));
}

}  // namespace
}  // namespace amparo

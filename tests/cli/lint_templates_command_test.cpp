// `amparo lint-templates`: the shipped templates pass; a copy with a placeholder printed although
// the samples have the fact, or with a citation the registry refuses, fails at the right line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/amparo_run.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::run_amparo;

fs::path copy_of_templates() {
    auto dir = testing::make_scratch_dir("templates-copy") / "templates";
    fs::copy(testing::source_dir() / "templates", dir, fs::copy_options::recursive);
    return dir;
}

TEST(LintTemplatesCommand, ShippedTemplatesPass) {
    auto result = run_amparo({"lint-templates"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("templates checked: no errors"));
}

TEST(LintTemplatesCommand, PlaceholderShownForASampleThatHasTheFact) {
    auto dir = copy_of_templates();
    // The court name is always set in the samples; printing its placeholder unconditionally is a
    // bug.
    std::string facts = testing::read_file(dir / "brief/facts.mustache");
    testing::write_file(dir / "brief/facts.mustache", facts + "\n[[TO COMPLETE: court name]]\n");
    auto result = run_amparo({"lint-templates", "--templates", dir.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("placeholder 'court name' appears in brief for sample "));
    EXPECT_THAT(result.err, HasSubstr("which has case.court.name"));
}

TEST(LintTemplatesCommand, RefusedCitationIsReportedAtItsLine) {
    auto dir = copy_of_templates();
    std::string cat = testing::read_file(dir / "arguments/cat.mustache");
    testing::write_file(dir / "arguments/cat.mustache", "See {{#cite}}ab-2{{/cite}}.\n" + cat);
    auto result = run_amparo({"lint-templates", "--templates", dir.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err,
                HasSubstr("arguments/cat.mustache:1:5: error: authority 'ab-2' is vacated"));
}

TEST(RenderCommand, RendersOneTemplateForOneCase) {
    auto result = run_amparo({"render", "exhibit-index/exhibit-index", "--case",
                              "samples/ramirez-business-extortion.yaml"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("| A | Birth certificate of Joaquín Ramírez Ochoa"));
}

}  // namespace
}  // namespace amparo

// build and render refuse a template set that lint-templates refuses, before any case, with the
// same message at the template's file, line and column; each problem is reported once, not once
// per case.
#include <gmock/gmock.h>

#include <gtest/gtest.h>
#include <algorithm>

#include "cli/amparo_run.hpp"
#include "cli/template_copies.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::occurrences;
using testing::run_amparo;

struct Runs {
    testing::CommandResult lint;
    testing::CommandResult build;
    testing::CommandResult render;
    fs::path out;
};

// The three commands over a broken copy of the templates; build over all six samples.
Runs run_all(const fs::path& templates) {
    Runs runs;
    runs.out = testing::make_scratch_dir("gate-out") / "out";
    runs.lint = run_amparo({"lint-templates", "--templates", templates.string()});
    runs.build = run_amparo({"build", "samples", "-o", runs.out.string(), "--templates",
                             templates.string(), "--formats", "md"});
    runs.render = run_amparo({"render", "brief/brief", "--case", "samples/herrera-journalist.yaml",
                              "--templates", templates.string()});
    return runs;
}

void expect_refused_by_all(const Runs& runs, const std::string& message) {
    EXPECT_EQ(runs.lint.exit_code, 1) << runs.lint.err;
    EXPECT_THAT(runs.lint.err, HasSubstr(message));
    EXPECT_EQ(runs.build.exit_code, 1) << runs.build.err;
    EXPECT_EQ(occurrences(runs.build.err, message), 1u) << runs.build.err;
    EXPECT_THAT(runs.build.err, HasSubstr("nothing was rendered"));
    EXPECT_FALSE(fs::exists(runs.out)) << "no case may be built with refused templates";
    EXPECT_EQ(runs.render.exit_code, 1) << runs.render.err;
    EXPECT_EQ(occurrences(runs.render.err, message), 1u) << runs.render.err;
    EXPECT_EQ(runs.render.out, "") << "nothing is rendered with refused templates";
}

TEST(TemplateGate, MisspelledFieldIsRefusedAtItsLineWithTheNearestName) {
    auto templates = testing::copy_of_templates();
    const auto file = templates / "declaration/background.mustache";
    testing::replace_in_file(file, "I speak {{languages_text}}.", "I speak {{langauges_text}}.");
    auto runs = run_all(templates);
    expect_refused_by_all(runs, file.string() +
                                    ":4:18: error: 'langauges_text' is not a field of the case "
                                    "schema or of the computed fields\n    hint: did you mean "
                                    "'languages_text'?");
}

TEST(TemplateGate, UnknownAuthorityInAPartialIsBlamedOnThePartialOnce) {
    auto templates = testing::copy_of_templates();
    const auto file = templates / "partials/nexus.mustache";
    testing::replace_in_file(file, "{{#cite}}central-reason{{/cite}}",
                             "{{#cite}}central-reasn{{/cite}}");
    auto runs = run_all(templates);
    expect_refused_by_all(runs, file.string() +
                                    ":1:104: error: authority 'central-reasn' is not in the "
                                    "registry\n    hint: did you mean 'central-reason'?");
    EXPECT_THAT(runs.build.err, Not(HasSubstr("brief/brief.mustache")));
}

TEST(TemplateGate, HintNamesTheRegistryOfTheTemplatesInUse) {
    auto templates = testing::copy_of_templates();
    testing::replace_in_file(templates / "partials/nexus.mustache",
                             "{{#cite}}central-reason{{/cite}}",
                             "{{#cite}}matter-of-nowhere{{/cite}}");
    auto runs = run_all(templates);
    const std::string hint = "hint: add it to " + (templates / "authorities.yaml").string() +
                             " once verified, or cite a key it already has";
    EXPECT_THAT(runs.lint.err, HasSubstr(hint));
    EXPECT_THAT(runs.build.err, HasSubstr(hint));
    EXPECT_THAT(runs.build.err,
                Not(HasSubstr((testing::source_dir() / "templates/authorities.yaml").string())));
}

TEST(TemplateGate, UnclosedSectionInAPartialIsReportedAtItsOwnFileLineAndColumn) {
    auto templates = testing::copy_of_templates();
    const auto file = templates / "partials/nexus.mustache";
    const std::string text = testing::read_file(file);
    testing::write_file(file, text + "\nAnd {{#incidents}}\n");
    // The open tag stands on the second line after the partial's own text.
    const auto line = std::count(text.begin(), text.end(), '\n') + 2;
    auto runs = run_all(templates);
    expect_refused_by_all(runs, file.string() + ":" + std::to_string(line) +
                                    ":5: error: section `incidents` is never closed\n    "
                                    "hint: add `{{/incidents}}`");
}

TEST(TemplateGate, ShippedTemplatesRenderUnhindered) {
    auto result = run_amparo(
        {"render", "declaration/declaration", "--case", "samples/herrera-journalist.yaml"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("1. My name is"));
}

}  // namespace
}  // namespace amparo

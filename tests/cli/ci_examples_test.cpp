// ci/examples/check-templates.sh, the script the GitHub and GitLab examples run, on a firm's
// repository as it would look: templates/ and cases/ (the shipped samples with their snapshots).
// Clean, it passes and leaves the drafts to upload; with a broken template it fails, annotating
// the template's line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/amparo_run.hpp"
#include "cli/template_copies.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

// A scratch repository with templates/ and cases/.
fs::path firm_repository() {
    auto repo = testing::make_scratch_dir("firm-repo");
    fs::copy(testing::source_dir() / "templates", repo / "templates", fs::copy_options::recursive);
    fs::copy(testing::source_dir() / "samples", repo / "cases", fs::copy_options::recursive);
    return repo;
}

testing::CommandResult run_script(const fs::path& repo) {
    return testing::run_command(
        {"env", "AMPARO=" + testing::amparo_binary().string(), "TEMPLATES=templates", "CASES=cases",
         "OUT=out", "FORMAT=github", "bash",
         (testing::source_dir() / "ci/examples/check-templates.sh").string()},
        repo);
}

TEST(CiExamples, CleanTemplatesPassAndLeaveTheDrafts) {
    auto repo = firm_repository();
    auto result = run_script(repo);
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_THAT(result.out, Not(HasSubstr("::error")));
    std::size_t briefs = 0;
    for (const auto& entry : fs::recursive_directory_iterator(repo / "out"))
        briefs += entry.path().filename() == "brief.pdf";
    EXPECT_EQ(briefs, 6u);
}

TEST(CiExamples, BrokenTemplateFailsWithAnAnnotationOnItsLine) {
    auto repo = firm_repository();
    testing::replace_in_file(repo / "templates/declaration/background.mustache",
                             "I speak {{languages_text}}.", "I speak {{langauges_text}}.");
    auto result = run_script(repo);
    EXPECT_EQ(result.exit_code, 1) << result.err;
    // lint-templates, test-templates and build each refuse the templates with the annotation.
    const std::string annotation =
        "::error file=templates/declaration/background.mustache,line=4,col=18::'langauges_text' "
        "is not a field of the case schema or of the computed fields%0Ahint: did you mean "
        "'languages_text'?\n";
    EXPECT_EQ(testing::occurrences(result.out, annotation), 3u) << result.out;
    EXPECT_FALSE(fs::exists(repo / "out")) << "no draft is built from refused templates";
}

TEST(CiExamples, ChangedWordFailsTheSnapshotStepWithItsDiff) {
    auto repo = firm_repository();
    testing::replace_in_file(repo / "templates/partials/nexus.mustache",
                             "it must be at least one central reason.",
                             "it must be at least one principal reason.");
    auto result = run_script(repo);
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_THAT(result.out, HasSubstr("+The protected ground need not be the only reason for the "
                                      "harm; it must be at least one principal reason."));
    EXPECT_THAT(result.out,
                HasSubstr("::error file=cases/herrera-journalist.expected/brief.md,line="));
}

TEST(CiExamples, WorkflowsRunTheScript) {
    for (const char* workflow : {"github-actions.yml", "gitlab-ci.yml"}) {
        const std::string text =
            testing::read_file(testing::source_dir() / "ci/examples" / workflow);
        EXPECT_THAT(text, HasSubstr("bash ci/check-templates.sh")) << workflow;
        EXPECT_THAT(text, HasSubstr("bash /opt/amparo/ci/setup.sh")) << workflow;
        EXPECT_THAT(text, HasSubstr("out/")) << workflow << " keeps the built drafts";
    }
}

}  // namespace
}  // namespace amparo

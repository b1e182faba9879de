// `amparo test-templates`: the shipped samples match their snapshots (samples/<case>.expected/);
// one word changed in one partial fails with a diff naming every affected case and document,
// and --update rewrites exactly those snapshots.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "cli/amparo_run.hpp"
#include "cli/template_copies.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::run_amparo;

const char* kDocuments[] = {"declaration", "exhibit-index", "brief"};

std::vector<fs::path> sample_cases(const fs::path& samples) {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(samples)) {
        if (entry.path().extension() == ".yaml") cases.push_back(entry.path());
    }
    std::sort(cases.begin(), cases.end());
    return cases;
}

fs::path snapshot(const fs::path& case_file, const std::string& document) {
    auto folder = case_file;
    return folder.replace_extension(".expected") / (document + ".md");
}

TEST(TestTemplatesCommand, ShippedSamplesMatchTheirSnapshots) {
    auto result = run_amparo({"test-templates"});
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_THAT(result.err, HasSubstr("6 cases, 22 documents: 22 match their snapshots, 0 differ"));
    for (const auto& case_file : sample_cases(testing::source_dir() / "samples")) {
        for (const char* document : kDocuments)
            EXPECT_TRUE(fs::exists(snapshot(case_file, document))) << snapshot(case_file, document);
    }
}

// The snapshot is what `build --formats md` writes.
TEST(TestTemplatesCommand, SnapshotIsTheMarkdownThatBuildWrites) {
    auto out = testing::make_scratch_dir("snapshot-build") / "out";
    auto built = run_amparo(
        {"build", "samples/vargas-domestic-violence.yaml", "-o", out.string(), "--formats", "md"});
    ASSERT_EQ(built.exit_code, 0) << built.err;
    const auto case_file = testing::source_dir() / "samples/vargas-domestic-violence.yaml";
    auto summary = nlohmann::json::parse(testing::read_file(out / "summary.json"));
    const std::string id = summary["cases"][0]["folder"];
    for (const char* document : kDocuments) {
        EXPECT_EQ(testing::read_file(out / id / (std::string(document) + ".md")),
                  testing::read_file(snapshot(case_file, document)))
            << document;
    }
}

TEST(TestTemplatesCommand, OneWordInOnePartialFailsWithADiffForEveryAffectedDocument) {
    auto templates = testing::copy_of_templates();
    auto samples = testing::copy_of_samples();
    const std::string before = "it must be at least one central reason.";
    const std::string after = "it must be at least one principal reason.";
    testing::replace_in_file(templates / "partials/nexus.mustache", before, after);

    // Affected: exactly the documents whose reviewed text holds the sentence.
    std::vector<std::string> affected;
    for (const auto& case_file : sample_cases(samples)) {
        for (const char* document : kDocuments) {
            if (testing::read_file(snapshot(case_file, document)).find(before) != std::string::npos)
                affected.push_back(snapshot(case_file, document).generic_string());
        }
    }
    ASSERT_FALSE(affected.empty());

    auto result = run_amparo(
        {"test-templates", "--templates", templates.string(), "--cases", samples.string()});
    EXPECT_EQ(result.exit_code, 1);
    for (const auto& file : affected) {
        EXPECT_THAT(result.out, HasSubstr("--- " + file + "\n+++ "));
        EXPECT_THAT(result.err, HasSubstr(file + ":"));
    }
    EXPECT_EQ(testing::occurrences(result.out, "\n--- "), affected.size() - 1) << result.out;
    EXPECT_EQ(testing::occurrences(result.out,
                                   "+The protected ground need not be the only reason "
                                   "for the harm; it must be at least one principal "
                                   "reason."),
              affected.size());
    EXPECT_THAT(result.out, HasSubstr("\n@@ -"));
    EXPECT_THAT(result.err, HasSubstr(std::to_string(affected.size()) + " differ"));

    // --update writes the new text; then the same run passes.
    auto update = run_amparo({"test-templates", "--templates", templates.string(), "--cases",
                              samples.string(), "--update"});
    EXPECT_EQ(update.exit_code, 0) << update.err;
    EXPECT_THAT(update.err, HasSubstr(std::to_string(affected.size()) + " snapshots written"));
    for (const auto& file : affected) EXPECT_THAT(testing::read_file(file), HasSubstr(after));
    auto again = run_amparo(
        {"test-templates", "--templates", templates.string(), "--cases", samples.string()});
    EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
}

TEST(TestTemplatesCommand, MissingSnapshotFailsAndUpdateWritesIt) {
    auto samples = testing::copy_of_samples();
    const auto case_file = samples / "herrera-journalist.yaml";
    fs::remove(snapshot(case_file, "exhibit-index"));
    auto result = run_amparo({"test-templates", "--cases", samples.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr(snapshot(case_file, "exhibit-index").string() +
                                      ": error: no snapshot of exhibit-index"));
    auto update = run_amparo({"test-templates", "--cases", samples.string(), "--update"});
    EXPECT_EQ(update.exit_code, 0);
    EXPECT_EQ(testing::read_file(snapshot(case_file, "exhibit-index")),
              testing::read_file(snapshot(testing::source_dir() / "samples/herrera-journalist.yaml",
                                          "exhibit-index")));
}

TEST(TestTemplatesCommand, RefusesTemplatesThatLintRefuses) {
    auto templates = testing::copy_of_templates();
    testing::replace_in_file(templates / "partials/nexus.mustache", "{{#cite}}central-reason",
                             "{{#cite}}central-reasn");
    auto result = run_amparo({"test-templates", "--templates", templates.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("partials/nexus.mustache:1:104: error: authority "
                                      "'central-reasn' is not in the registry"));
    EXPECT_EQ(result.out, "");
}

}  // namespace
}  // namespace amparo

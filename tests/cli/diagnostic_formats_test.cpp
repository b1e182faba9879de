// --format github and --format sarif: the same findings as the text format, as GitHub workflow
// commands that annotate the template's or case's line, and as a SARIF 2.1.0 log that the
// OASIS schema (tests/cli/sarif/) accepts.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "casefile/case_schema.hpp"
#include "cli/amparo_run.hpp"
#include "cli/template_copies.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::run_amparo;

const CaseSchema& sarif_schema() {
    static const CaseSchema schema = [] {
        Diagnostics problems;
        auto file = testing::source_dir() / "tests/cli/sarif/sarif-schema-2.1.0.json";
        auto loaded = CaseSchema::from_json(nlohmann::json::parse(testing::read_file(file)),
                                            file.string(), problems);
        if (!loaded) {
            std::string why;
            for (const auto& problem : problems) why += "\n" + format_diagnostic(problem);
            throw std::runtime_error("the SARIF schema does not load:" + why);
        }
        return std::move(*loaded);
    }();
    return schema;
}

// A copy of the templates with one misspelled field at background.mustache:4:18.
fs::path templates_with_misspelling() {
    auto templates = testing::copy_of_templates();
    testing::replace_in_file(templates / "declaration/background.mustache",
                             "I speak {{languages_text}}.", "I speak {{langauges_text}}.");
    return templates;
}

TEST(DiagnosticFormats, GithubAnnotatesTheTemplateLine) {
    auto templates = templates_with_misspelling();
    auto result =
        run_amparo({"lint-templates", "--templates", templates.string(), "--format", "github"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(
        result.out,
        HasSubstr("::error file=" + (templates / "declaration/background.mustache").string() +
                  ",line=4,col=18::'langauges_text' is not a field of the case schema or "
                  "of the computed fields%0Ahint: did you mean 'languages_text'?\n"));
}

TEST(DiagnosticFormats, GithubNamesFilesBelowTheWorkingFolderRelatively) {
    auto result = run_amparo(
        {"validate", "--format", "github", "tests/casefile/fixtures/bad/misspelled-field.yaml"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.out,
                HasSubstr("::error file=tests/casefile/fixtures/bad/misspelled-field.yaml,line=9,"
                          "col=3,title=applicant.nationalty::unknown field 'nationalty'%0Ahint: "
                          "did you mean 'nationality'?\n"));
}

TEST(DiagnosticFormats, BuildRefusingTemplatesAnnotatesToo) {
    auto templates = templates_with_misspelling();
    auto out = testing::make_scratch_dir("formats-out") / "out";
    auto result =
        run_amparo({"build", "samples/herrera-journalist.yaml", "-o", out.string(), "--templates",
                    templates.string(), "--formats", "md", "--format", "github"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.out, HasSubstr(",line=4,col=18::'langauges_text' is not a field"));
}

TEST(DiagnosticFormats, SarifLogValidatesAgainstTheSarifSchema) {
    auto templates = templates_with_misspelling();
    auto result =
        run_amparo({"lint-templates", "--templates", templates.string(), "--format", "sarif"});
    EXPECT_EQ(result.exit_code, 1);
    auto log = nlohmann::json::parse(result.out);
    EXPECT_TRUE(sarif_schema().accepts(log)) << log.dump(2);
    ASSERT_EQ(log["runs"].size(), 1u);
    const auto& results = log["runs"][0]["results"];
    ASSERT_EQ(results.size(), 1u) << log.dump(2);
    EXPECT_EQ(results[0]["level"], "error");
    EXPECT_EQ(results[0]["ruleId"], "amparo/lint-templates");
    EXPECT_EQ(results[0]["message"]["text"],
              "'langauges_text' is not a field of the case schema or of the computed "
              "fields\nhint: did you mean 'languages_text'?");
    const auto& location = results[0]["locations"][0]["physicalLocation"];
    EXPECT_EQ(location["artifactLocation"]["uri"],
              "file://" + (templates / "declaration/background.mustache").string());
    EXPECT_EQ(location["region"]["startLine"], 4);
    EXPECT_EQ(location["region"]["startColumn"], 18);
}

TEST(DiagnosticFormats, SarifOfValidateNamesTheCaseFileRelatively) {
    auto result = run_amparo(
        {"validate", "--format", "sarif", "tests/casefile/fixtures/bad/misspelled-field.yaml"});
    EXPECT_EQ(result.exit_code, 1);
    auto log = nlohmann::json::parse(result.out);
    EXPECT_TRUE(sarif_schema().accepts(log)) << log.dump(2);
    bool found = false;
    for (const auto& one : log["runs"][0]["results"]) {
        const auto& location = one["locations"][0]["physicalLocation"];
        if (location["region"]["startLine"] != 9) continue;
        found = true;
        EXPECT_EQ(location["artifactLocation"]["uri"],
                  "tests/casefile/fixtures/bad/misspelled-field.yaml");
        EXPECT_EQ(location["region"]["startColumn"], 3);
        EXPECT_EQ(one["message"]["text"],
                  "applicant.nationalty: unknown field 'nationalty'\nhint: did you mean "
                  "'nationality'?");
    }
    EXPECT_TRUE(found) << log.dump(2);
}

// The schema is strict enough to catch a malformed log: the test above means something.
TEST(DiagnosticFormats, SarifSchemaRefusesALogWithoutVersionOrWithABadLevel) {
    auto result = run_amparo(
        {"validate", "--format", "sarif", "tests/casefile/fixtures/bad/misspelled-field.yaml"});
    auto log = nlohmann::json::parse(result.out);
    auto without_version = log;
    without_version.erase("version");
    EXPECT_FALSE(sarif_schema().accepts(without_version));
    auto bad_level = log;
    bad_level["runs"][0]["results"][0]["level"] = "fatal";
    EXPECT_FALSE(sarif_schema().accepts(bad_level));
    auto zero_line = log;
    zero_line["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0;
    EXPECT_FALSE(sarif_schema().accepts(zero_line));
}

TEST(DiagnosticFormats, JsonStaysAnArrayOfDiagnostics) {
    auto templates = templates_with_misspelling();
    auto result =
        run_amparo({"lint-templates", "--templates", templates.string(), "--format", "json"});
    auto diagnostics = nlohmann::json::parse(result.out);
    ASSERT_TRUE(diagnostics.is_array());
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0]["line"], 4);
    EXPECT_EQ(diagnostics[0]["column"], 18);
    EXPECT_EQ(diagnostics[0]["hint"], "did you mean 'languages_text'?");
}

}  // namespace
}  // namespace amparo

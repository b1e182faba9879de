// `amparo validate`: messages, exit codes, JSON output, and going on past a bad file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/amparo_run.hpp"

namespace amparo {
namespace {

using testing::fixture;
using ::testing::HasSubstr;
using testing::run_amparo;

TEST(ValidateCommand, ValidFileExitsZero) {
    auto result = run_amparo({"validate", fixture("valid/minimal.yaml")});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("1 case file checked: 1 valid, 0 invalid"));
}

TEST(ValidateCommand, InvalidFileExitsOneWithCompilerStyleMessage) {
    auto result = run_amparo({"validate", fixture("bad/impossible-date.yaml")});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr(fixture("bad/impossible-date.yaml") +
                                      ":12:11: error: incidents[0].date: not a date that exists"));
}

TEST(ValidateCommand, GoesOnPastABadFileAndReportsEveryFile) {
    auto result =
        run_amparo({"validate", fixture("bad/syntax-error.yaml"), fixture("bad/alias-bomb.yaml"),
                    fixture("valid/minimal.yaml"), fixture("bad/duplicate-id.yaml")});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("syntax-error.yaml:4:10: error"));
    EXPECT_THAT(result.err, HasSubstr("alias-bomb.yaml:1:1: error"));
    EXPECT_THAT(result.err, HasSubstr("duplicate-id.yaml:12:10: error"));
    EXPECT_THAT(result.err, HasSubstr("4 case files checked: 1 valid, 3 invalid"));
}

TEST(ValidateCommand, FolderMeansItsYamlFiles) {
    auto result = run_amparo({"validate", fixture("valid")});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("2 case files checked: 2 valid, 0 invalid"));
}

TEST(ValidateCommand, JsonFormatIsMachineReadable) {
    auto result =
        run_amparo({"validate", "--format", "json", fixture("bad/undefined-reference.yaml")});
    EXPECT_EQ(result.exit_code, 1);
    auto diagnostics = nlohmann::json::parse(result.out);
    ASSERT_EQ(diagnostics.size(), 2u);
    EXPECT_EQ(diagnostics[0]["line"], 17);
    EXPECT_EQ(diagnostics[0]["column"], 20);
    EXPECT_EQ(diagnostics[0]["severity"], "error");
    EXPECT_EQ(diagnostics[0]["path"], "incidents[0].perpetrators[0]");
    EXPECT_EQ(diagnostics[0]["hint"], "did you mean 'la-familia'?");
}

TEST(ValidateCommand, MissingPathIsAUsageError) {
    auto result = run_amparo({"validate", "no/such/case.yaml"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("no/such/case.yaml: no such file or folder"));
}

TEST(ValidateCommand, UnknownOptionIsAUsageError) {
    auto result = run_amparo({"validate", "--frmat", "json", fixture("valid/minimal.yaml")});
    EXPECT_EQ(result.exit_code, 2);
}

TEST(ValidateCommand, MessagesDoNotQuoteTheCaseFacts) {
    // Case files are confidential: a wrong value is pointed at, not repeated into logs.
    auto dir = testing::make_scratch_dir("confidential");
    std::string text = testing::read_file(fixture("valid/minimal.yaml"));
    text += "representative: {name: Lic. Ficticio, eoir_id: \"secret-id-123\"}\n";
    testing::write_file(dir / "case.yaml", text);
    auto result = run_amparo({"validate", (dir / "case.yaml").string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("representative.eoir_id: does not have the expected form"));
    EXPECT_THAT(result.err, ::testing::Not(HasSubstr("secret-id-123")));
}

TEST(Cli, HelpAndVersion) {
    auto help = run_amparo({"--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_THAT(help.out, HasSubstr("validate"));
    EXPECT_THAT(help.out, HasSubstr("build"));
    EXPECT_THAT(help.out, HasSubstr("new"));
    auto version = run_amparo({"--version"});
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_THAT(version.out, HasSubstr("amparo 0."));
    auto validate_help = run_amparo({"validate", "--help"});
    EXPECT_EQ(validate_help.exit_code, 0);
    EXPECT_THAT(validate_help.out, HasSubstr("Exit codes"));
}

TEST(Cli, MisspelledCommandSuggestsTheNearest) {
    auto result = run_amparo({"validat", "samples/"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("unknown command 'validat'; did you mean 'validate'?"));
}

TEST(Cli, NoSubcommandIsAUsageError) {
    auto result = run_amparo({});
    EXPECT_EQ(result.exit_code, 2);
    // The help, not only "A subcommand is required": every command is named.
    for (const char* command : {"validate", "build", "new", "render", "lint-templates"})
        EXPECT_THAT(result.err, ::testing::HasSubstr(command));
}

}  // namespace
}  // namespace amparo

namespace amparo {
namespace {

TEST(ShippedSamples, AllValidateAndAtLeastSixExist) {
    auto result = testing::run_amparo({"validate", "samples/"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, ::testing::HasSubstr("6 case files checked: 6 valid, 0 invalid"));
}

TEST(ShippedSamples, ExpectedWarningsAreRaised) {
    auto result = testing::run_amparo({"validate", "samples/"});
    EXPECT_THAT(result.err, ::testing::HasSubstr("castillo-former-police.yaml:46:13: warning: "
                                                 "applicant.entry.manner: entry between ports on "
                                                 "or after June 5, 2024"));
    EXPECT_THAT(result.err, ::testing::HasSubstr("vargas-domestic-violence.yaml:135:19: warning: "
                                                 "claims.particular_social_groups[0].definition: "
                                                 "gender-related group"));
}

}  // namespace
}  // namespace amparo

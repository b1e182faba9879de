// `amparo build`: outputs per case, and an invalid case never clobbers an earlier good output.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/amparo_run.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using testing::fixture;
using ::testing::HasSubstr;
using testing::run_amparo;

TEST(BuildCommand, WritesEachDocumentInEachFormatUnderTheCaseId) {
    auto out = testing::make_scratch_dir("build-out");
    auto result = run_amparo(
        {"build", fixture("valid/minimal.yaml"), "-o", out.string(), "--formats", "pdf,docx,md"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const char* name : {"declaration", "exhibit-index", "brief"}) {
        for (const char* extension : {".pdf", ".docx", ".md"}) {
            EXPECT_TRUE(fs::exists(out / "minimal" / (std::string(name) + extension)))
                << name << extension;
        }
    }
    auto report = nlohmann::json::parse(testing::read_file(out / "minimal" / "report.json"));
    EXPECT_EQ(report["case"], "minimal");
    EXPECT_EQ(report["documents"].size(), 3u);
    // The minimal case lacks most facts: the brief's placeholders are listed for the attorney.
    EXPECT_GT(report["documents"][2]["placeholders"].size(), 5u);
}

TEST(BuildCommand, FormatsChooseTheOutputs) {
    auto out = testing::make_scratch_dir("build-formats");
    auto result =
        run_amparo({"build", fixture("valid/minimal.yaml"), "-o", out.string(), "--formats", "md"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(fs::exists(out / "minimal" / "brief.md"));
    EXPECT_FALSE(fs::exists(out / "minimal" / "brief.pdf"));
    EXPECT_FALSE(fs::exists(out / "minimal" / "brief.docx"));
    auto bad = run_amparo(
        {"build", fixture("valid/minimal.yaml"), "-o", out.string(), "--formats", "rtf"});
    EXPECT_EQ(bad.exit_code, 2);
}

TEST(BuildCommand, PandocsReferenceDocSpellingIsAccepted) {
    auto out = testing::make_scratch_dir("build-refdoc-alias");
    auto result = run_amparo({"build", fixture("valid/minimal.yaml"), "-o", out.string(),
                              "--formats", "docx", "--reference-doc", "no/such/firm.docx"});
    EXPECT_EQ(result.exit_code, 1);  // the option was taken: the missing file is reported
    EXPECT_THAT(result.err, HasSubstr("no/such/firm.docx"));
}

TEST(BuildCommand, MissingReferenceDocxIsAClearError) {
    auto out = testing::make_scratch_dir("build-refdocx");
    auto result = run_amparo({"build", fixture("valid/minimal.yaml"), "-o", out.string(),
                              "--formats", "docx", "--reference-docx", "no/such/firm.docx"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("no/such/firm.docx"));
}

TEST(BuildCommand, ACharacterThePdfFontLacksIsAWarningNamingCaseDocumentAndCodePoint) {
    auto dir = testing::make_scratch_dir("build-glyph");
    std::string text = testing::read_file(fixture("valid/minimal.yaml"));
    const std::string given = "given: Prueba";
    text.replace(text.find(given), given.size(), "given: Prueba 王");
    testing::write_file(dir / "case.yaml", text);
    auto result = run_amparo(
        {"build", (dir / "case.yaml").string(), "-o", (dir / "out").string(), "--formats", "pdf"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(fs::exists(dir / "out" / "minimal" / "declaration.pdf"));
    EXPECT_THAT(result.err, HasSubstr("declaration.pdf: Liberation Serif has no glyph for U+738B"));
    EXPECT_THAT(result.err, HasSubstr("case.yaml"));
    EXPECT_THAT(result.err, ::testing::Not(HasSubstr("Prueba"))) << "the name leaked to the log";
}

TEST(BuildCommand, InvalidCaseLeavesTheEarlierOutputIntact) {
    auto dir = testing::make_scratch_dir("build-keep");
    auto out = dir / "out";
    fs::copy_file(fixture("valid/minimal.yaml"), dir / "case.yaml");
    ASSERT_EQ(run_amparo({"build", (dir / "case.yaml").string(), "-o", out.string()}).exit_code, 0);
    const std::string before = testing::read_file(out / "minimal" / "declaration.pdf");

    // The same case, now broken: the build fails and the good output stays as it was.
    std::string text = testing::read_file(dir / "case.yaml");
    text.replace(text.find("2020-02-29"), 10, "2021-02-29");
    testing::write_file(dir / "case.yaml", text);
    auto result = run_amparo({"build", (dir / "case.yaml").string(), "-o", out.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("not a date that exists"));
    EXPECT_EQ(testing::read_file(out / "minimal" / "declaration.pdf"), before);
    // No temporary files are left beside the outputs: three documents in two formats and the
    // report.
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(out / "minimal")) ++entries;
    EXPECT_EQ(entries, 7);
}

TEST(BuildCommand, TwoCasesWithOneIdAreRefused) {
    auto dir = testing::make_scratch_dir("build-dup");
    fs::copy_file(fixture("valid/minimal.yaml"), dir / "a.yaml");
    fs::copy_file(fixture("valid/minimal.yaml"), dir / "b.yaml");
    auto result = run_amparo({"build", dir.string(), "-o", (dir / "out").string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("b.yaml:3:7: error: case.id: case id 'minimal' is also "
                                      "used by"));
}

TEST(BuildCommand, UnwritableOutputFolderIsReportedOnce) {
    auto result =
        run_amparo({"build", fixture("valid/minimal.yaml"), "-o", "/proc/amparo-cannot-write"});
    EXPECT_EQ(result.exit_code, 1);
    auto first = result.err.find("cannot create");
    ASSERT_NE(first, std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("cannot create", first + 1), std::string::npos) << result.err;
}

TEST(BuildCommand, TemplatesWithoutProfilesAreRefusedNotDefaulted) {
    auto dir = testing::make_scratch_dir("no-profiles");
    fs::copy(testing::source_dir() / "templates", dir / "templates", fs::copy_options::recursive);
    fs::remove_all(dir / "templates/profiles");
    auto missing = run_amparo({"build", fixture("valid/minimal.yaml"), "-o", (dir / "out").string(),
                               "--templates", (dir / "templates").string()});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_THAT(missing.err,
                HasSubstr("profiles: error: no court profiles: this folder is missing"));

    // A folder that lacks the case's profile: that case fails at its posture line.
    fs::copy(testing::source_dir() / "templates/profiles", dir / "templates/profiles");
    fs::remove(dir / "templates/profiles/immigration-court.yaml");
    auto lacking = run_amparo({"build", fixture("valid/minimal.yaml"), "-o", (dir / "out").string(),
                               "--templates", (dir / "templates").string()});
    EXPECT_EQ(lacking.exit_code, 1);
    EXPECT_THAT(lacking.err, HasSubstr("minimal.yaml:4:12: error: case.profile: no court profile "
                                       "'immigration-court' among the templates' profiles/"));
    EXPECT_FALSE(fs::exists(dir / "out/minimal"));
}

TEST(BuildCommand, OutputFolderIsRequired) {
    auto result = run_amparo({"build", fixture("valid/minimal.yaml")});
    EXPECT_EQ(result.exit_code, 2);
}

}  // namespace
}  // namespace amparo

namespace amparo {
namespace {

TEST(BuildCommand, AppellateBriefCarriesItsWordCountInTheCertificateOfCompliance) {
    namespace fs = std::filesystem;
    auto dir = testing::make_scratch_dir("appellate");
    std::string text =
        testing::read_file(testing::source_dir() / "samples/herrera-journalist.yaml");
    text.replace(text.find("posture: affirmative"), 20, "posture: petition-for-review");
    testing::write_file(dir / "case.yaml", text);
    fs::copy(testing::source_dir() / "samples/exhibits", dir / "exhibits",
             fs::copy_options::recursive);
    auto out = dir / "out";
    auto result = testing::run_amparo(
        {"build", (dir / "case.yaml").string(), "-o", out.string(), "--formats", "md,pdf"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto report = nlohmann::json::parse(testing::read_file(out / "herrera-journalist/report.json"));
    const auto& brief = report["documents"][2];
    EXPECT_EQ(report["profile"], "court-of-appeals");
    std::string words = std::to_string(brief["words"].get<int>());
    EXPECT_THAT(testing::read_file(out / "herrera-journalist/brief.md"),
                ::testing::HasSubstr("This brief contains " + words + " words"));
    EXPECT_EQ(brief["profile_checks"][2]["check"], "word limit");
    EXPECT_EQ(brief["profile_checks"][2]["detail"], words + " of 13000 words");
}

}  // namespace
}  // namespace amparo

// Case file versions: a version-1 file is read with a warning per field whose voice it left
// open; a version-2 file may not use the old names; `migrate_case_text` rewrites version 1 as
// version 2 keeping every comment, and what it writes validates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <fstream>

#include "casefile/case_migration.hpp"
#include "casefile/case_version.hpp"
#include "load_fixture.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

const fs::path kVersion1 = testing::source_dir() / "tests/casefile/fixtures/version-1";

std::vector<fs::path> version_1_fixtures() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kVersion1)) {
        if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

fs::path write_scratch(const std::string& name, const std::string& text) {
    const fs::path file = testing::make_scratch_dir("version") / name;
    std::ofstream(file) << text;
    return file;
}

const std::string kMinimal = R"(case: {id: minimal, posture: defensive, relief: [asylum]}
applicant:
  name: {given: Prueba, family: Ejemplo}
  birth: {date: 1990-02-28}
  sex: female
  nationality: [Mexico]
family:
  - id: mother
    relation: mother
    name: {given: Ana, family: Ejemplo}
    harm: Men came to her house.
incidents:
  - {id: first, date: 2020-02-20, summary: a test incident, account: It happened to me.}
claims: {}
)";

TEST(CaseVersion, EveryVersionOneFixtureStillValidates) {
    ASSERT_EQ(version_1_fixtures().size(), 6u);
    for (const auto& file : version_1_fixtures()) {
        Diagnostics diagnostics;
        auto loaded = load_case(file, testing::shipped_schema(), diagnostics);
        EXPECT_TRUE(loaded.has_value()) << file;
        EXPECT_FALSE(has_errors(diagnostics)) << file;
    }
}

TEST(CaseVersion, AVersionOneTextOfUnknownVoiceIsSetAsideWithAWarningAtItsLine) {
    const auto file = write_scratch("v1.yaml", kMinimal);
    Diagnostics diagnostics;
    auto loaded = load_case(file, testing::shipped_schema(), diagnostics);
    ASSERT_TRUE(loaded.has_value());
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics[0]).substr(file.string().size()),
              ":11:5: warning: family[0].harm: version-1 field `harm` not printed: its voice is "
              "unknown (version 2 calls it `account`, the applicant's own words)\n"
              "    hint: run `amparo migrate " +
                  file.string() +
                  "`; version 2 prints it in the declaration as the applicant's own words: check "
                  "that it reads in the first person (\"I\", \"my\") and as whole sentences");
    const auto& mother = loaded->data["family"][0];
    EXPECT_FALSE(mother.contains("harm"));
    EXPECT_FALSE(mother.contains("account"));
    EXPECT_EQ(mother["account_unreviewed"], true);
}

TEST(CaseVersion, AVersionTwoFileMayNotUseTheOldNames) {
    const auto file = write_scratch("v2.yaml", "version: 2\n" + kMinimal);
    EXPECT_THAT(testing::load_messages(file),
                Contains(":12:5: error: family[0].harm: `harm` is a version-1 field; version 2 "
                         "calls it `account`"));
    std::string both = kMinimal;
    both.replace(both.find("    harm:"), 0, "    account: I saw it.\n");
    EXPECT_THAT(testing::load_messages(write_scratch("both.yaml", both)),
                Contains(":12:5: error: family[0].harm: both `harm` (version 1) and `account` "
                         "are given"));
}

TEST(CaseVersion, AVersionOneEntryNearAPlaceIsReadAsNear) {
    std::string text = kMinimal;
    text.replace(text.find("  nationality:"), 0,
                 "  entry: {date: 2023-01-01, place: \"near Brownsville, Texas\"}\n");
    Diagnostics diagnostics;
    auto loaded =
        load_case(write_scratch("near.yaml", text), testing::shipped_schema(), diagnostics);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->data["applicant"]["entry"]["place"], "Brownsville, Texas");
    EXPECT_EQ(loaded->data["applicant"]["entry"]["place_kind"], "near");
}

TEST(CaseMigration, KeepsEveryCommentAndValidatesAsVersionTwo) {
    for (const auto& file : version_1_fixtures()) {
        const std::string original = testing::read_file(file);
        Diagnostics diagnostics;
        auto migration = migrate_case_text(original, file.string(), diagnostics);
        ASSERT_TRUE(migration.has_value()) << file;
        EXPECT_THAT(migration->text, HasSubstr("\nversion: 2\n")) << file;
        // Every line of the original survives, comments included; only renamed keys change.
        std::istringstream lines(original);
        for (std::string line; std::getline(lines, line);) {
            if (line.find_first_not_of(' ') != std::string::npos &&
                line[line.find_first_not_of(' ')] == '#') {
                EXPECT_THAT(migration->text, HasSubstr(line)) << file;
            }
        }
        for (const char* gone : {"\n    harm:", "ongoing_threats:", "what_happened:",
                                 "\n        response:", "\n    details:"}) {
            EXPECT_THAT(migration->text, Not(HasSubstr(gone))) << file;
        }
        // Written in a copy of the fixture's folder, so that its exhibit files are found.
        const fs::path folder = testing::make_scratch_dir("migrated");
        fs::copy(kVersion1 / "exhibits", folder / "exhibits", fs::copy_options::recursive);
        const fs::path migrated = folder / file.filename();
        std::ofstream(migrated) << migration->text;
        Diagnostics loaded_diagnostics;
        auto loaded = load_case(migrated, testing::shipped_schema(), loaded_diagnostics);
        EXPECT_TRUE(loaded.has_value()) << file;
        for (const auto& d : loaded_diagnostics) {
            EXPECT_NE(d.severity, Severity::Error) << format_diagnostic(d);
            EXPECT_THAT(d.message, Not(HasSubstr("not printed: its voice is unknown")))
                << format_diagnostic(d);
        }
        EXPECT_EQ(case_file_version(loaded->data), 2);
    }
}

TEST(CaseMigration, MarksEachTextToReadAgainAndLeavesVersionTwoAlone) {
    Diagnostics diagnostics;
    auto migration = migrate_case_text(kMinimal, "v1.yaml", diagnostics);
    ASSERT_TRUE(migration.has_value());
    EXPECT_EQ(migration->renamed, 1);
    EXPECT_EQ(migration->reviews.size(), 1u);
    EXPECT_THAT(migration->text,
                HasSubstr("    # amparo migrate: review `account`: version 2 prints it in the "
                          "declaration as the applicant's own words"));
    EXPECT_THAT(migration->text, HasSubstr("\n    account: Men came to her house.\n"));
    EXPECT_TRUE(migration->text.starts_with("version: 2\ncase:"));
    auto again = migrate_case_text(migration->text, "v2.yaml", diagnostics);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->text, migration->text);
    EXPECT_THAT(again->reviews, IsEmpty());
}

TEST(CaseMigration, AnEntryNearAPlaceGetsItsKind) {
    std::string text = kMinimal;
    text.replace(text.find("  nationality:"), 0,
                 "  entry:\n    date: 2023-01-01\n    place: Near Brownsville, Texas\n");
    Diagnostics diagnostics;
    auto migration = migrate_case_text(text, "near.yaml", diagnostics);
    ASSERT_TRUE(migration.has_value());
    EXPECT_THAT(migration->text,
                HasSubstr("    place: Brownsville, Texas\n    place_kind: near\n"));
}

}  // namespace
}  // namespace amparo

// Exhibit files may not reach outside the case's folder: not by `..`, absolute paths or symlinks.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "casefile/load_fixture.hpp"
#include "support/test_paths.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A case folder with one exhibit entry whose `file:` is `path`.
fs::path case_with_exhibit(const fs::path& dir, const std::string& path) {
    std::string text =
        testing::read_file(testing::source_dir() / "tests/casefile/fixtures/valid/minimal.yaml");
    text += "exhibits:\n  - id: exhibit\n    title: Test exhibit\n    kind: other\n    file: \"" +
            path + "\"\n";
    testing::write_file(dir / "case" / "case.yaml", text);
    return dir / "case" / "case.yaml";
}

TEST(ExhibitPaths, FileInsideTheFolderIsAccepted) {
    auto dir = testing::make_scratch_dir("inside");
    testing::write_file(dir / "case/exhibits/a.pdf", "%PDF-1.4\n");
    EXPECT_THAT(testing::load_messages(case_with_exhibit(dir, "exhibits/a.pdf")), IsEmpty());
}

TEST(ExhibitPaths, DotDotThatComesBackInsideIsAccepted) {
    auto dir = testing::make_scratch_dir("dotdot-inside");
    testing::write_file(dir / "case/exhibits/a.pdf", "%PDF-1.4\n");
    EXPECT_THAT(testing::load_messages(case_with_exhibit(dir, "exhibits/../exhibits/a.pdf")),
                IsEmpty());
}

TEST(ExhibitPaths, DotDotLeavingTheFolderIsRefused) {
    auto dir = testing::make_scratch_dir("dotdot");
    EXPECT_THAT(testing::load_messages(case_with_exhibit(dir, "../../etc/passwd.pdf")),
                ElementsAre(":21:11: error: exhibits[0].file: path '../../etc/passwd.pdf' leads "
                            "outside the case's folder"));
}

TEST(ExhibitPaths, SiblingFolderWithACommonPrefixIsRefused) {
    // "case-other" starts with "case" but is not inside it.
    auto dir = testing::make_scratch_dir("prefix");
    testing::write_file(dir / "case-other/a.pdf", "%PDF-1.4\n");
    EXPECT_THAT(testing::load_messages(case_with_exhibit(dir, "../case-other/a.pdf")),
                ElementsAre(":21:11: error: exhibits[0].file: path '../case-other/a.pdf' leads "
                            "outside the case's folder"));
}

TEST(ExhibitPaths, AbsolutePathIsRefused) {
    auto dir = testing::make_scratch_dir("absolute");
    EXPECT_THAT(testing::load_messages(case_with_exhibit(dir, "/etc/passwd.pdf")),
                ElementsAre(":21:11: error: exhibits[0].file: absolute path '/etc/passwd.pdf' "
                            "refused"));
}

TEST(ExhibitPaths, SymlinkLeavingTheFolderIsRefused) {
    auto dir = testing::make_scratch_dir("symlink");
    testing::write_file(dir / "outside/secret.pdf", "%PDF-1.4\n");
    fs::create_directories(dir / "case");
    fs::create_directory_symlink(dir / "outside", dir / "case" / "exhibits");
    EXPECT_THAT(testing::load_messages(case_with_exhibit(dir, "exhibits/secret.pdf")),
                ElementsAre(":21:11: error: exhibits[0].file: path 'exhibits/secret.pdf' leads "
                            "outside the case's folder"));
}

TEST(ExhibitPaths, MissingFileIsReported) {
    auto dir = testing::make_scratch_dir("missing");
    EXPECT_THAT(testing::load_messages(case_with_exhibit(dir, "exhibits/never-copied.pdf")),
                ElementsAre(":21:11: error: exhibits[0].file: exhibit file "
                            "'exhibits/never-copied.pdf' not found"));
}

TEST(ExhibitPaths, EscapingFixtureReportsEveryBadPath) {
    auto messages = testing::load_messages(testing::source_dir() /
                                           "tests/casefile/fixtures/bad/escaping-path.yaml");
    EXPECT_THAT(messages,
                ElementsAre(":17:11: error: exhibits[0].file: path '../../etc/passwd' leads "
                            "outside the case's folder",
                            ":21:11: error: exhibits[1].file: absolute path '/etc/passwd.pdf' "
                            "refused",
                            ":25:11: error: exhibits[2].file: exhibit file "
                            "'exhibits/missing.pdf' not found"));
}

}  // namespace
}  // namespace amparo

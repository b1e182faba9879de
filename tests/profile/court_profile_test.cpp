// Court profiles load, and a wrong value is reported at its line in the profile file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "profile/court_profile.hpp"
#include "support/test_paths.hpp"

namespace amparo::profile {
namespace {

// Loads a profile file named `file` holding `text` from a fresh folder; the problems found.
Diagnostics problems_loading(const std::string& file, const std::string& text) {
    auto dir = testing::make_scratch_dir("profile-" + file);
    testing::write_file(dir / file, text);
    Diagnostics problems;
    EXPECT_FALSE(load_court_profile(dir / file, problems).has_value());
    return problems;
}

TEST(CourtProfile, ShippedProfilesLoadWithTheirRules) {
    Diagnostics problems;
    auto appeals = load_court_profile(
        testing::source_dir() / "templates/profiles/court-of-appeals.yaml", problems);
    ASSERT_TRUE(appeals.has_value());
    EXPECT_EQ(appeals->font_size, 14);      // FRAP 32(a)(5)(A)
    EXPECT_EQ(appeals->word_limit, 13000);  // FRAP 32(a)(7)(B)(i)
    EXPECT_EQ(appeals->page_width, 612);
    for (const char* name : {"immigration-court", "bia", "asylum-office"}) {
        EXPECT_TRUE(load_court_profile(
            testing::source_dir() / "templates/profiles" / (std::string(name) + ".yaml"), problems))
            << name;
    }
    EXPECT_TRUE(problems.empty());
}

TEST(CourtProfile, WrongValueIsReportedAtItsLine) {
    const Diagnostics problems =
        problems_loading("bad.yaml", "name: bad\nmargins:\n  top: 72\n  left: 5000\n");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 4);
    EXPECT_EQ(problems[0].column, 9);
    EXPECT_EQ(problems[0].message, "expected a number from 18 to 300");
}

// Profiles are read by the YAML 1.2 core schema, like case files: `yes` is a word, not true, and
// a limit must be a whole number; each wrong value is told at its line, in the file's order.
TEST(CourtProfile, FlagsAndLimitsMustHaveTheirTypeAndAreReportedAtTheirLine) {
    const Diagnostics problems = problems_loading(
        "typed.yaml", "name: typed\njustify: yes\npage_limit: 30.5\nrequired_sections: [1, 2]\n");
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_EQ(problems[0].path, "justify");
    EXPECT_EQ(problems[0].message, "expected true or false");
    EXPECT_EQ(problems[1].line, 3);
    EXPECT_EQ(problems[1].message, "expected a whole number from 0 to 1000000");
    EXPECT_EQ(problems[2].line, 4);
    EXPECT_EQ(problems[2].message, "expected a list of section headings");
}

// The spacing of lists, block quotes and tables: defaults when left out, each value checked
// like the others.
TEST(CourtProfile, ListQuoteAndTableSpacingHaveDefaultsAndAreCheckedAtTheirLine) {
    auto dir = testing::make_scratch_dir("profile-spacing");
    testing::write_file(dir / "plain.yaml", "name: plain\n");
    Diagnostics problems;
    const auto plain = load_court_profile(dir / "plain.yaml", problems);
    ASSERT_TRUE(plain.has_value());
    EXPECT_EQ(plain->list_space_after, 12);
    EXPECT_EQ(plain->quote_indent_left, 36);
    EXPECT_EQ(plain->quote_indent_right, 36);
    EXPECT_EQ(plain->quote_space_before, 12);
    EXPECT_EQ(plain->quote_space_after, 12);
    EXPECT_EQ(plain->table_cell_padding, 5);
    EXPECT_EQ(plain->table_row_padding, 3);
    EXPECT_EQ(plain->table_space_before, 12);
    EXPECT_EQ(plain->table_space_after, 12);

    testing::write_file(dir / "wide.yaml",
                        "name: wide\nquote_indent_left: 72\nlist_space_after: -1\n"
                        "table_row_padding: 40\n");
    EXPECT_FALSE(load_court_profile(dir / "wide.yaml", problems).has_value());
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].path, "list_space_after");
    EXPECT_EQ(problems[0].message, "expected a number from 0 to 72");
    EXPECT_EQ(problems[1].line, 4);
    EXPECT_EQ(problems[1].path, "table_row_padding");
    EXPECT_EQ(problems[1].message, "expected a number from 0 to 36");
}

TEST(CourtProfile, ANameThatDiffersFromTheFileNameIsAnErrorAtItsLine) {
    const Diagnostics problems =
        problems_loading("bia.yaml", "# the Board\nname: board\nfont_size: 12\n");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_THAT(format_diagnostic(problems[0]),
                ::testing::EndsWith("/bia.yaml:2:7: error: name: the profile's name 'board' "
                                    "differs from its file name 'bia'\n    hint: write `name: "
                                    "bia` (cases choose a profile by name)"));
}

TEST(CourtProfile, AnUnknownKeyIsAnErrorWithTheNearestKnownOne) {
    const Diagnostics problems =
        problems_loading("bia.yaml", "name: bia\npage_limt: 30\nmargins:\n  top: 72\n  lft: 72\n");
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_EQ(problems[0].column, 1);
    EXPECT_EQ(problems[0].message, "unknown key 'page_limt' in the court profile");
    EXPECT_EQ(problems[0].hint, "did you mean 'page_limit'?");
    EXPECT_EQ(problems[1].line, 5);
    EXPECT_EQ(problems[1].column, 3);
    EXPECT_EQ(problems[1].path, "margins.lft");
    EXPECT_EQ(problems[1].hint, "did you mean 'left'?");
}

}  // namespace
}  // namespace amparo::profile

// Each kind of bad case file gives one clear message at the right line and column.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <chrono>

#include "casefile/load_fixture.hpp"
#include "support/test_paths.hpp"

namespace amparo {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::load_messages;

std::filesystem::path bad(const std::string& name) {
    return testing::source_dir() / "tests/casefile/fixtures/bad" / name;
}

TEST(BadInput, YamlSyntaxErrorGivesLineAndColumn) {
    EXPECT_THAT(load_messages(bad("syntax-error.yaml")),
                ElementsAre(":4:10: error: YAML syntax error: did not find expected ',' or "
                            "']' (while parsing a flow sequence)"));
}

TEST(BadInput, DuplicateKeyNamesBothLines) {
    EXPECT_THAT(load_messages(bad("duplicate-key.yaml")),
                ElementsAre(":5:3: error: case.posture: duplicate key 'posture' (first given at "
                            "line 3)"));
}

TEST(BadInput, TabIndentationIsNamedAsSuch) {
    EXPECT_THAT(load_messages(bad("tab-indented.yaml")),
                ElementsAre(":3:1: error: a tab character is used for indentation"));
}

TEST(BadInput, NotUtf8PointsAtTheFirstBadByte) {
    // "José" saved as Latin-1: the é is byte 0xE9, the 20th character of line 4.
    EXPECT_THAT(load_messages(bad("not-utf8.yaml")),
                ElementsAre(":4:20: error: the file is not UTF-8 text (byte 0xE9 here)"));
}

TEST(BadInput, EmptyFile) {
    EXPECT_THAT(load_messages(bad("empty.yaml")), ElementsAre(":1:1: error: the file is empty"));
}

TEST(BadInput, CommentOnlyFileIsEmpty) {
    auto dir = testing::make_scratch_dir("comments");
    testing::write_file(dir / "comments.yaml", "# nothing here yet\n");
    EXPECT_THAT(load_messages(dir / "comments.yaml"),
                ElementsAre(":1:1: error: the file is empty (it holds only comments)"));
}

TEST(BadInput, ListInsteadOfMapping) {
    EXPECT_THAT(load_messages(bad("list-not-map.yaml")),
                ElementsAre(":1:1: error: the file is a list; a case file must be a mapping "
                            "(`key: value` lines) at the top level"));
}

TEST(BadInput, WrongTypesSayWhatWasExpected) {
    EXPECT_THAT(load_messages(bad("wrong-types.yaml")),
                ElementsAre(":4:11: error: case.relief: expected a list (lines starting with "
                            "`- `), found text",
                            ":5:13: error: case.detained: expected true or false, found text"));
}

TEST(BadInput, MisspelledFieldIsUnknownWithASuggestion) {
    Diagnostics diagnostics;
    load_case(bad("misspelled-field.yaml"), testing::shipped_schema(), diagnostics);
    ASSERT_EQ(diagnostics.size(), 2u);
    EXPECT_EQ(diagnostics[1].line, 9);
    EXPECT_EQ(diagnostics[1].column, 3);
    EXPECT_EQ(diagnostics[1].message, "unknown field 'nationalty'");
    EXPECT_EQ(diagnostics[1].hint, "did you mean 'nationality'?");
    // The correctly spelled field is then missing, and says what it is for.
    EXPECT_EQ(diagnostics[0].message, "missing required field 'nationality'");
    EXPECT_THAT(diagnostics[0].hint, HasSubstr("Countries of nationality"));
}

TEST(BadInput, DateThatDoesNotExist) {
    EXPECT_THAT(load_messages(bad("impossible-date.yaml")),
                ElementsAre(":12:11: error: incidents[0].date: not a date that exists (that "
                            "month has no day 29)"));
}

TEST(BadInput, ReferenceToUndefinedIds) {
    Diagnostics diagnostics;
    load_case(bad("undefined-reference.yaml"), testing::shipped_schema(), diagnostics);
    ASSERT_EQ(diagnostics.size(), 2u);
    EXPECT_EQ(format_diagnostic(diagnostics[0]).substr(diagnostics[0].file.size()),
              ":17:20: error: incidents[0].perpetrators[0]: 'la-famila' is not the id of any "
              "entry in persecutors\n    hint: did you mean 'la-familia'?");
    EXPECT_EQ(diagnostics[1].line, 18);
    EXPECT_EQ(diagnostics[1].message, "'police-report' is not the id of any entry in exhibits");
}

TEST(BadInput, JsonDiagnosticsSurviveAFileNameThatIsNotUtf8) {
    // A file saved under a Latin-1 name ("caf\xe9.yaml"): --format json once ended in an
    // internal error, as nlohmann::json refuses to write a string that is not UTF-8.
    Diagnostic diagnostic;
    diagnostic.file = "caf\xe9.yaml";
    diagnostic.message = "m";
    EXPECT_THAT(diagnostics_to_json({diagnostic}), HasSubstr("\"caf\xef\xbf\xbd.yaml\""));
}

TEST(BadInput, DuplicateIds) {
    EXPECT_THAT(load_messages(bad("duplicate-id.yaml")),
                ElementsAre(":12:10: error: incidents[1].id: duplicate id 'beating' in "
                            "incidents"));
}

TEST(BadInput, TwoDocumentsInOneFile) {
    EXPECT_THAT(load_messages(bad("two-documents.yaml")),
                ElementsAre(":4:1: error: the file holds 2 YAML documents (separated by `---`); "
                            "a case file holds one"));
}

TEST(BadInput, AliasBombIsRefusedFast) {
    auto start = std::chrono::steady_clock::now();
    auto messages = load_messages(bad("alias-bomb.yaml"));
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_THAT(messages, ElementsAre(":1:1: error: the file expands to more than 200000 values "
                                      "(YAML aliases `*name` repeated inside each other?)"));
    // Expanded, the file would be 10^9 values; refused, it takes milliseconds. The bound is
    // loose on purpose: it separates "refused" from "expanded", not fast from slow.
    EXPECT_LT(elapsed, std::chrono::seconds(5));
}

TEST(BadInput, FiftyMegabyteFileIsRefusedBeforeParsing) {
    auto dir = testing::make_scratch_dir("huge");
    std::string line = "# " + std::string(98, 'x') + "\n";
    std::string text;
    text.reserve(50u << 20);
    while (text.size() < (50u << 20)) text += line;
    testing::write_file(dir / "huge.yaml", text);
    EXPECT_THAT(load_messages(dir / "huge.yaml"),
                ElementsAre(":1:1: error: the file is 52.4 MB; a case file may be at most 4.2 MB"));
}

TEST(BadInput, DeepNestingIsAnErrorNotACrash) {
    auto dir = testing::make_scratch_dir("deep");
    testing::write_file(dir / "deep.yaml", "a: " + std::string(100000, '[') + "\n");
    auto messages = load_messages(dir / "deep.yaml");
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_THAT(messages[0], HasSubstr("error: YAML syntax error"));
}

TEST(BadInput, Utf16FileIsNamed) {
    auto dir = testing::make_scratch_dir("utf16");
    testing::write_file(dir / "utf16.yaml", std::string("\xFF\xFE"
                                                        "c\0a\0",
                                                        6));
    EXPECT_THAT(load_messages(dir / "utf16.yaml"),
                ElementsAre(":1:1: error: the file is UTF-16; case files must be UTF-8"));
}

TEST(ValidInput, FixturesLoadWithoutDiagnostics) {
    for (const char* name : {"minimal.yaml", "with-exhibit.yaml"}) {
        EXPECT_THAT(load_messages(testing::source_dir() / "tests/casefile/fixtures/valid" / name),
                    ::testing::IsEmpty())
            << name;
    }
}

TEST(ValidInput, LeapDayIsAccepted) {
    // minimal.yaml's incident is dated 2020-02-29, a real day; the loader keeps it as text.
    Diagnostics diagnostics;
    auto loaded = load_case(testing::source_dir() / "tests/casefile/fixtures/valid/minimal.yaml",
                            testing::shipped_schema(), diagnostics);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->data["incidents"][0]["date"], "2020-02-29");
    EXPECT_EQ(loaded->positions.value_pos("/incidents/0/date").line, 13);
}

}  // namespace
}  // namespace amparo

namespace amparo {
namespace {

TEST(ValidInput, UnquotedYearIsReadAsTheYearNotANumber) {
    auto dir = testing::make_scratch_dir("year");
    std::string text =
        testing::read_file(testing::source_dir() / "tests/casefile/fixtures/valid/minimal.yaml");
    text.replace(text.find("date: 2020-02-29"), 16, "date: 2019");
    testing::write_file(dir / "case.yaml", text);
    Diagnostics diagnostics;
    auto loaded = load_case(dir / "case.yaml", testing::shipped_schema(), diagnostics);
    ASSERT_TRUE(loaded.has_value()) << (diagnostics.empty() ? "" : diagnostics[0].message);
    EXPECT_EQ(loaded->data["incidents"][0]["date"], "2019");
}

}  // namespace
}  // namespace amparo

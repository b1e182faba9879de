// Hostile values inside an otherwise valid case file: each one is a clear message at its line,
// never an abort (the repros of the hardening issue, items 1, 3, 4 and 9).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "casefile/load_fixture.hpp"
#include "support/test_paths.hpp"

namespace amparo {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::load_messages;
using ::testing::Not;

// The minimal valid case with `from` replaced by `to`, as a file in a scratch folder.
std::filesystem::path minimal_with(const std::string& label, const std::string& from,
                                   const std::string& to) {
    std::string text =
        testing::read_file(testing::source_dir() / "tests/casefile/fixtures/valid/minimal.yaml");
    auto at = text.find(from);
    if (at == std::string::npos) throw std::runtime_error("fixture lacks: " + from);
    text.replace(at, from.size(), to);
    auto dir = testing::make_scratch_dir(label);
    testing::write_file(dir / "case.yaml", text);
    return dir / "case.yaml";
}

TEST(HostileInput, ADateThatIsAListIsATypeError) {
    EXPECT_THAT(load_messages(minimal_with("date-list", "date: 1990-02-28", "date: [1]")),
                ElementsAre(":8:17: error: applicant.birth.date: expected a date (YYYY-MM-DD), "
                            "found a list"));
}

TEST(HostileInput, ADateThatIsAMapOrTrueIsATypeError) {
    EXPECT_THAT(load_messages(minimal_with("date-map", "date: 1990-02-28", "date: {a: 1}")),
                ElementsAre(":8:17: error: applicant.birth.date: expected a date (YYYY-MM-DD), "
                            "found a mapping (fields)"));
    EXPECT_THAT(load_messages(minimal_with("date-bool", "date: 2020-02-29", "date: true")),
                ElementsAre(":13:11: error: incidents[0].date: expected a date (YYYY-MM-DD, or "
                            "YYYY-MM / YYYY when only the month or year is known), found "
                            "true/false"));
}

TEST(HostileInput, ADateOfTheWrongShapeIsStillRefused) {
    EXPECT_THAT(load_messages(minimal_with("date-shape", "date: 1990-02-28", "date: 28/02/1990")),
                ElementsAre(":8:17: error: applicant.birth.date: does not have the expected form"));
}

TEST(HostileInput, NumbersBeyondADoubleAreReportedNotRead) {
    EXPECT_THAT(load_messages(minimal_with("huge", "posture: defensive",
                                           "posture: defensive\n  court: {circuit: 1e400}")),
                ElementsAre(":5:20: error: case.court.circuit: expected a whole number, found a "
                            "number too large or too small to represent"));
    // Where text is expected, the digits stay text as written.
    EXPECT_THAT(load_messages(
                    minimal_with("tiny", "summary: a fictional test incident", "summary: 1e-400")),
                ::testing::IsEmpty());
}

TEST(HostileInput, EachRepeatOfAUniqueEntryIsReportedOnceAgainstTheFirst) {
    auto messages = load_messages(
        minimal_with("repeat-3", "relief: [asylum]", "relief: [asylum, withholding, asylum]"));
    EXPECT_THAT(messages, ElementsAre(":5:33: error: case.relief[2]: repeats entry [0]; each may "
                                      "appear only once"));
}

TEST(HostileInput, ThousandsOfRepeatsAreCappedWithACount) {
    std::string many = "relief: [asylum";
    for (int i = 1; i < 3000; ++i) many += ", asylum";
    auto messages = load_messages(minimal_with("repeat-3000", "relief: [asylum]", many + "]"));
    ASSERT_EQ(messages.size(), 101u);  // 100 shown, then the count of the 2,899 left out
    EXPECT_EQ(messages[0],
              ":5:20: error: case.relief[1]: repeats entry [0]; each may appear "
              "only once");
    EXPECT_EQ(messages.back(), ": note: 2899 more problems in this file not shown");
}

TEST(HostileInput, ControlCharactersInAnEchoedValueAreEscaped) {
    // A reference that, printed raw, would forge a diagnostic line for another file.
    auto messages = load_messages(minimal_with(
        "forge", "claims: {}",
        "claims: {}\nexhibits:\n  - id: a\n    title: t\n    kind: other\n    pages: 1\n"
        "    supports: {incidents: [\"x\\nsamples/other.yaml:1:1: error: fake\\e[31m\"]}"));
    ASSERT_FALSE(messages.empty());
    for (const auto& message : messages) {
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
        EXPECT_EQ(message.find('\x1b'), std::string::npos) << message;
    }
    EXPECT_THAT(messages, Contains(HasSubstr("x\\nsamples/other.yaml:1:1: error: fake\\x1b[31m")));
}

TEST(HostileInput, ControlCharactersInAnExhibitPathAreRefused) {
    auto messages = load_messages(
        minimal_with("path-control", "claims: {}",
                     "claims: {}\nexhibits:\n  - id: a\n    title: t\n    kind: other\n"
                     "    file: \"exhibits/a\\tb\\e.pdf\""));
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_THAT(messages[0], HasSubstr(":21:11: error: exhibits[0].file: "));
    EXPECT_THAT(messages[0], HasSubstr("a\\tb\\x1b.pdf"));
    EXPECT_THAT(messages[0], Not(HasSubstr("\t")));
}

}  // namespace
}  // namespace amparo

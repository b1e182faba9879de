// An account that paraphrases the words it also quotes is found by the words the two share, and
// an account that only mentions the same people or places is left alone.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "case_from_yaml.hpp"
#include "legal/legal_checks.hpp"

namespace amparo::legal {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

// One incident with `account` and one quotation translated as `translation`.
Diagnostics findings(const std::string& account, const std::string& translation) {
    const std::string text =
        "case: {id: t, posture: defensive, relief: [asylum]}\n"
        "applicant: {name: {given: A, family: B}, nationality: [Mexico]}\n"
        "persecutors:\n  - {id: police, name: The police, kind: police}\n"
        "incidents:\n  - id: warning\n    date: 2021-11-09\n    summary: s\n"
        "    account: " +
        account +
        "\n    words_said:\n      - {speaker: police, original: \"Aquí los policías honrados no "
        "duran.\", language: Spanish, translation: \"" +
        translation + "\"}\n";
    Diagnostics found;
    check_quotations_told_twice(testing::case_from_yaml(text), found);
    return found;
}

TEST(QuotationChecks, AnAccountThatParaphrasesTheQuotedWordsIsFlaggedAtTheAccount) {
    auto found = findings(
        "My commander called me in. He told me that honest officers did not last long in Iguala.",
        "Honest police officers don't last here, Castillo.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "incidents[0].account");
    EXPECT_EQ(found[0].line, 9);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_THAT(found[0].message, HasSubstr("(\"He told me that honest officers did not last long "
                                            "in Iguala.\")"));
    EXPECT_THAT(found[0].hint, HasSubstr("take the paraphrase out of the account"));
}

TEST(QuotationChecks, AnAccountThatOnlyMentionsTheSameThingsIsLeftAlone) {
    // Two words in common ("officers", "Iguala") do not make a paraphrase.
    EXPECT_THAT(findings("Two officers stopped me in Iguala and took my phone.",
                         "Honest police officers don't last here in Iguala, Castillo."),
                IsEmpty());
    // Common words ("told", "that", "would") never count.
    EXPECT_THAT(findings("They told me that they would come back.", "You will pay, or you die."),
                IsEmpty());
}

}  // namespace
}  // namespace amparo::legal

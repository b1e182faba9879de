// Free text is checked against the voice its field is printed in: the declarant's words never call
// the declarant "the applicant"; the brief's texts never say "I" or "my" outside a quotation;
// injuries, printed in both documents, carry no personal pronoun at all.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "case_from_yaml.hpp"
#include "legal/legal_checks.hpp"

namespace amparo::legal {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

// `incident` holds the fields of the one incident; `claims` the case's claims.
std::string case_with(const std::string& incident, const std::string& claims = "") {
    return "case: {id: t, posture: defensive, relief: [asylum]}\n"
           "applicant: {name: {given: A, family: B}, nationality: [Mexico]}\n"
           "persecutors:\n  - {id: cartel, name: A cartel, kind: cartel}\n"
           "incidents:\n  - id: beating\n    date: 2022-11-26\n    summary: s\n" +
           incident + (claims.empty() ? "" : "claims:\n" + claims);
}

Diagnostics voice_findings(const std::string& text) {
    Diagnostics found;
    check_voice(testing::case_from_yaml(text), found);
    return found;
}

TEST(VoiceChecks, InjuriesPrintedInBothDocumentsCarryNoPronoun) {
    auto found =
        voice_findings(case_with("    injuries: a broken finger and fainting from the bag over "
                                 "his head\n"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].line, 9);
    EXPECT_EQ(found[0].column, 15);
    EXPECT_EQ(found[0].path, "incidents[0].injuries");
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_THAT(found[0].message, HasSubstr("'his' gives this text a person's voice"));
    EXPECT_THAT(found[0].hint, HasSubstr("without personal pronouns"));
    // "my" would be as wrong in the brief as "his" is in the declaration.
    EXPECT_EQ(voice_findings(case_with("    injuries: a cut on my arm\n")).size(), 1u);
    EXPECT_THAT(voice_findings(case_with("    injuries: a plastic bag held over the head\n")),
                IsEmpty());
}

TEST(VoiceChecks, APersecutorsNamePrintedInBothDocumentsCarriesNoPronoun) {
    std::string text = case_with("    account: He called me into his office.\n");
    const std::string group = "name: A cartel, kind: cartel";
    text.replace(text.find(group), group.size(), "name: his commander, kind: police");
    auto found = voice_findings(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "persecutors[0].name");
    EXPECT_EQ(found[0].line, 4);
    EXPECT_THAT(found[0].message, HasSubstr("'his' gives this text a person's voice"));
}

TEST(VoiceChecks, HowTheApplicantBelongsToAGroupIsInHerOwnWords) {
    // `membership` is printed in the declaration: "She is" would be the brief's voice there.
    const std::string group =
        "  particular_social_groups:\n"
        "    - id: g\n      kind: gender-identity\n      definition: transgender women in "
        "Mexico\n      membership: ";
    auto found = voice_findings(
        case_with("    account: a\n", group + "The applicant is a transgender woman.\n"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "claims.particular_social_groups[0].membership");
    EXPECT_THAT(
        voice_findings(case_with("    account: a\n", group + "I am a transgender woman.\n")),
        IsEmpty());
}

TEST(VoiceChecks, TheDeclarantsOwnWordsNeverCallTheDeclarantTheApplicant) {
    auto found = voice_findings(case_with("    account: The applicant was beaten by two men.\n"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "incidents[0].account");
    EXPECT_THAT(found[0].message, HasSubstr("'applicant' speaks of the declarant in the third "
                                            "person"));
    // Other people in the third person are the declarant's ordinary words.
    EXPECT_THAT(voice_findings(case_with("    account: He hit me. She screamed at him.\n")),
                IsEmpty());
}

TEST(VoiceChecks, TheBriefsTextsSayIOnlyInsideAQuotation) {
    const std::string claims_first = "  nexus: {central_reason: I refused to pay the cuota.}\n";
    auto found = voice_findings(case_with("", claims_first));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].path, "claims.nexus.central_reason");
    EXPECT_THAT(found[0].message, HasSubstr("'I' is the first person"));
    // Quoted words, a form number and initials in a case name are not the pronoun.
    const std::string claims_third =
        "  nexus:\n    central_reason: 'He refused; they said \"I will find you\" and "
        "“my men” would come. Form I-589; D-I-M-.'\n";
    EXPECT_THAT(voice_findings(case_with("", claims_third)), IsEmpty());
}

}  // namespace
}  // namespace amparo::legal

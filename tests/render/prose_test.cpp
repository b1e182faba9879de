// The prose layer: one fact, two voices. Each test builds the facts it needs, so the sentences
// are checked against varied inputs rather than against the samples they were written from.
#include <gtest/gtest.h>

#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {
namespace {

using nlohmann::json;

const Voice kDeclaration = Voice::first_person();
const Voice kBriefHe = Voice::third_person("Respondent", pronouns_for("", "male"));
const Voice kBriefShe = Voice::third_person("Applicant", pronouns_for("", "female"));
const Voice kBriefThey = Voice::third_person("Respondent", pronouns_for("they", "male"));

People family_of(const json& family) {
    return people_of({{"applicant", {{"nationality", {"Mexico"}}}},
                      {"family", family},
                      {"persecutors", {{{"id", "cjng"}, {"name", "the CJNG"}}}}});
}

const json kBrother = {{"id", "brother"},
                       {"relation", "brother"},
                       {"name", {{"given", "Arturo"}, {"family", "Ramírez Ochoa"}}}};

TEST(Prose, AReportARelativeMadeIsHisNotTheDeclarants) {
    const People people = family_of(json::array({kBrother}));
    const json report = {{"to", "the Ministerio Público"},
                         {"reported_by", "brother"},
                         {"date", "2023-03-20"},
                         {"response_kind", "report-taken-no-investigation"}};
    EXPECT_EQ(report_sentences(report, kDeclaration, people),
              "My brother reported it to the Ministerio Público on March 20, 2023. The "
              "authorities took the report, but no one investigated.");
    EXPECT_EQ(report_sentences(report, kBriefHe, people),
              "His brother reported it to the Ministerio Público on March 20, 2023. The "
              "authorities took the report, but no one investigated.");
    EXPECT_EQ(report_sentences(report, kBriefShe, people, "the second incident", false),
              "Her brother reported the second incident to the Ministerio Público on March 20, "
              "2023.");
}

// The declaration tells a report in its own section, so it names the incident by its date.
TEST(Prose, AReportToldApartFromItsIncidentNamesItByDate) {
    const People people = family_of(json::array({kBrother}));
    const json incident = {{"date", "2023-03-18"}};
    const json report = {{"to", "the Ministerio Público"},
                         {"reported_by", "brother"},
                         {"date", "2023-03-20"},
                         {"response_kind", "report-taken-no-investigation"}};
    EXPECT_EQ(report_of_incident_sentences(report, incident, kDeclaration, people),
              "My brother reported what happened on March 18, 2023, to the Ministerio Público on "
              "March 20, 2023. The authorities took the report, but no one investigated.");
    const json same_day = {{"to", "the Fiscalía, Zamora office"}, {"date", "2023-03-18"}};
    EXPECT_EQ(report_of_incident_sentences(same_day, incident, kDeclaration, people, false),
              "I reported what happened on March 18, 2023, to the Fiscalía, Zamora office, the "
              "same day.");
    const json around = {{"date", "2022-06"}, {"date_approximate", true}};
    const json that_month = {{"to", "the police"}, {"date", "2022-06"}};
    EXPECT_EQ(report_of_incident_sentences(that_month, around, kDeclaration, people, false),
              "I reported what happened in or around June 2022 to the police the same month.");
    EXPECT_EQ(not_reported_sentence(incident, kDeclaration),
              "I did not report what happened on March 18, 2023, to the authorities.");
    EXPECT_EQ(not_reported_sentence(around, kBriefShe),
              "She did not report what happened in or around June 2022 to the authorities.");
    const json undated = {{"to", "the police"}};
    EXPECT_EQ(report_of_incident_sentences(undated, around, kDeclaration, people, false),
              "I reported what happened in or around June 2022 to the police.");
}

TEST(Prose, AReportByTheApplicantOrSomeoneElse) {
    const People people = family_of(json::array());
    const json own = {{"to", "the police"}, {"response_kind", "threatened-the-reporter"}};
    EXPECT_EQ(report_sentences(own, kDeclaration, people),
              "I reported it to the police. The authorities threatened me.");
    EXPECT_EQ(report_sentences(own, kBriefThey, people),
              "They reported it to the police. The authorities threatened them.");
    const json landlord = {{"to", "the police"}, {"reported_by_other", "the landlord"}};
    EXPECT_EQ(report_sentences(landlord, kDeclaration, people),
              "The landlord reported it to the police.");
}

TEST(Prose, TwoRelativesWithOneRelationAreNamed) {
    json second = kBrother;
    second["id"] = "younger";
    second["name"]["given"] = "Luis";
    const People people = family_of(json::array({kBrother, second}));
    EXPECT_EQ(
        report_sentences({{"to", "the police"}, {"reported_by", "younger"}}, kDeclaration, people),
        "My brother Luis reported it to the police.");
}

TEST(Prose, ADeceasedRelativeIsSpokenOfInThePast) {
    const json father = {{"id", "father"},
                         {"relation", "father"},
                         {"name", {{"given", "Fermín"}, {"family", "López Cárdenas"}}},
                         {"location", "Zamora, Michoacán"},
                         {"death",
                          {{"date", "2024-03-09"},
                           {"place", "Zamora"},
                           {"cause", "killed"},
                           {"killed_by", "cjng"}}}};
    const People people = family_of(json::array({father}));
    const std::string said = relative_sentence(father, kDeclaration, people);
    EXPECT_EQ(said,
              "My father, Fermín López Cárdenas, was killed by the CJNG in Zamora on March 9, "
              "2024.");
    EXPECT_EQ(said.find("lives"), std::string::npos);
    json no_details = father;
    no_details.erase("death");
    no_details["deceased"] = true;
    const People v1_people = family_of(json::array({no_details}));
    EXPECT_EQ(relative_sentence(no_details, kBriefHe, v1_people),
              "His father, Fermín López Cárdenas, has died.");
}

TEST(Prose, ALivingRelativesPlaceAndStatus) {
    json wife = {{"id", "wife"},
                 {"relation", "wife"},
                 {"name", {{"given", "Rosa"}, {"family", "Medina"}}},
                 {"location", "Houston, Texas"},
                 {"status", "in-proceedings-with-applicant"}};
    const People people = family_of(json::array({wife}));
    EXPECT_EQ(relative_sentence(wife, kDeclaration, people),
              "My wife, Rosa Medina, lives in Houston, Texas, and is in removal proceedings with "
              "me.");
    EXPECT_EQ(relative_sentence(wife, kBriefHe, people),
              "His wife, Rosa Medina, lives in Houston, Texas, and is in removal proceedings with "
              "him.");
    wife.erase("location");
    wife["status"] = "unknown";
    EXPECT_EQ(relative_sentence(wife, kDeclaration, family_of(json::array({wife}))),
              "My wife's name is Rosa Medina. I do not know where she is now.");
}

TEST(Prose, WordsAreIntroducedByHowTheyCame) {
    const People people = family_of(json::array({kBrother}));
    EXPECT_EQ(words_said_intro({{"medium", "written-note"}, {"language", "Spanish"}}, kDeclaration,
                               people),
              "They left a note that said, in Spanish:");
    EXPECT_EQ(
        words_said_intro({{"medium", "text-message"}, {"language", "English"}}, kBriefShe, people),
        "They sent her a text message that said:");
    EXPECT_EQ(words_said_intro({{"medium", "phone-call"}, {"heard_by", {"brother"}}}, kDeclaration,
                               people),
              "They told my brother on the telephone:");
    EXPECT_EQ(words_said_intro({{"language", "Spanish"}}, kBriefHe, people),
              "They told him, in Spanish:");
}

TEST(Prose, AWitnessSaysWhatTheyKnow) {
    EXPECT_EQ(
        witness_sentence({{"name", "Héctor Salinas"}, {"relation", "neighbour"}}, kDeclaration),
        "Héctor Salinas, a neighbour, saw what happened.");
    EXPECT_EQ(
        witness_sentence({{"name", "Ana Ruiz"}, {"relation", "wife"}, {"knows", "was-also-harmed"}},
                         kBriefHe),
        "His wife, Ana Ruiz, was also harmed.");
    EXPECT_EQ(witness_sentence({{"name", "Jacinto Flores"}, {"knows", "heard"}}, kDeclaration),
              "Jacinto Flores heard what happened.");
}

TEST(Prose, PeopleOfAGroupByNameAliasOrBoth) {
    const json police = {
        {"name", "municipal police of Zamora"},
        {"individuals",
         {{{"name", "Comandante Raúl Ibarra"}, {"role", "the head of the night shift"}}}}};
    EXPECT_EQ(persecutor_individuals_sentence(police, kDeclaration),
              "I know who one of the members of the municipal police of Zamora is: Comandante "
              "Raúl Ibarra, the head of the night shift.");
    const json cartel = {{"name", "Cártel del Golfo"},
                         {"individuals",
                          {{{"alias", "La Flaca"}, {"sex", "female"}},
                           {{"name", "Mauricio Salinas"}, {"alias", "El Mauro"}}}}};
    EXPECT_EQ(persecutor_individuals_sentence(cartel, kBriefShe),
              "She knows who some of the members of Cártel del Golfo are: the woman known as "
              "\"La Flaca\"; and Mauricio Salinas, known as \"El Mauro\".");
    const json two_names = {{"name", "a cell of the CJNG"},
                            {"individuals", {{{"name", "Ana"}}, {{"alias", "El Chino"}}}}};
    EXPECT_EQ(persecutor_individuals_sentence(two_names, kBriefThey),
              "They know who some of the members of a cell of the CJNG are: Ana and the person "
              "known as \"El Chino\".");
    EXPECT_EQ(persecutor_individuals_sentence({{"name", "the CJNG"}}, kDeclaration), "");
}

TEST(Prose, AnEntryNearAPlaceAndHowItWasMade) {
    const json near = {{"date", "2024-08-15"},
                       {"place", "Brownsville, Texas"},
                       {"place_kind", "near"},
                       {"manner", "between-ports"}};
    EXPECT_EQ(entry_sentences(near, kDeclaration),
              "I arrived in the United States on August 15, 2024, near Brownsville, Texas. I "
              "crossed the border between ports of entry.");
    const json port = {{"date", "2023-05-10"},
                       {"place", "Hidalgo port of entry, Texas"},
                       {"manner", "port-of-entry-appointment"}};
    EXPECT_EQ(entry_sentences(port, kBriefShe),
              "She arrived in the United States on May 10, 2023, at the Hidalgo port of entry, "
              "Texas. She presented herself at the port of entry for a scheduled appointment.");
}

TEST(Prose, InjuriesWrittenAsTheUserWroteThem) {
    const json incident = {
        {"injuries", "A cut above the left eye that needed five stitches, and two cracked ribs."},
        {"treated", {{"at", "the Cruz Roja clinic in Uruapan"}, {"date", "2023-03-18"}}}};
    EXPECT_EQ(injury_sentences(incident, kDeclaration),
              "I suffered a cut above the left eye that needed five stitches, and two cracked "
              "ribs. I was treated at the Cruz Roja clinic in Uruapan on March 18, 2023.");
    EXPECT_EQ(injury_sentences({{"injuries", "Bruises on the back"}}, kBriefThey),
              "They suffered bruises on the back.");
}

TEST(Prose, JobsEventsAndTheHarmsTogether) {
    EXPECT_EQ(occupation_sentence({{"title", "owner of a taco stand"},
                                   {"place", {{"detail", "Avenida Juárez"}, {"city", "Iguala"}}},
                                   {"from", "2015"}},
                                  kDeclaration),
              "From 2015 until I left, I worked as the owner of a taco stand in Avenida Juárez, "
              "Iguala.");
    EXPECT_EQ(occupation_sentence({{"title", "engineer"}, {"from", "2015"}}, kBriefHe),
              "From 2015 until he left, he worked as an engineer.");
    EXPECT_EQ(event_sentence({{"kind", "resignation"}, {"date", "2022-08"}}, kBriefHe),
              "In August 2022, he resigned.");
    EXPECT_EQ(event_sentence({{"kind", "other"}, {"date", "2022-08"}}, kDeclaration), "");
    EXPECT_EQ(harm_overview(json::array(
                  {{{"harms", {"threat", "beating"}}}, {{"harms", {"threat", "other"}}}})),
              "threats and a beating");
}

TEST(Prose, SentenceRules) {
    EXPECT_EQ(as_sentence("he left"), "He left.");
    EXPECT_EQ(as_sentence("He said “go.”"), "He said “go.”");
    EXPECT_EQ(as_noun_phrase("Two cracked ribs."), "two cracked ribs");
    EXPECT_EQ(as_noun_phrase("DIF report"), "DIF report");
    EXPECT_EQ(as_noun_phrase("Cruz Roja record"), "Cruz Roja record");
    EXPECT_EQ(with_article("a teacher"), "a teacher");
    EXPECT_EQ(cited("He left.", "Decl. ¶ 4"), "He left (Decl. ¶ 4).");
}

}  // namespace
}  // namespace amparo::prose

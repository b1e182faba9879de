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

// The typed records the prose layer reads, each from the case-file fragment that writes it.
CaseView view_of(const json& fragment) { return build_case_view(fragment, PositionTable{}); }
// The one record of a list the fragment holds: `view_of({key: [record]}).*list`.
template <typename Parent, typename Record>
Record only_record(const Parent& parent, std::vector<Record> Parent::*list) {
    return (parent.*list).at(0);
}
Incident incident_of(const json& incident) {
    return only_record(view_of({{"incidents", json::array({incident})}}), &CaseView::incidents);
}
Report report_of(const json& report) {
    return only_record(incident_of({{"reports", json::array({report})}}), &Incident::reports);
}
WordsSaid words_of(const json& words) {
    return only_record(incident_of({{"words_said", json::array({words})}}), &Incident::words_said);
}
Witness witness_of(const json& witness) {
    return only_record(incident_of({{"witnesses", json::array({witness})}}), &Incident::witnesses);
}
Relative relative_of(const json& member) {
    return only_record(view_of({{"family", json::array({member})}}), &CaseView::family);
}
Persecutor persecutor_of(const json& persecutor) {
    return only_record(view_of({{"persecutors", json::array({persecutor})}}),
                       &CaseView::persecutors);
}
Entry entry_of(const json& entry) {
    return view_of({{"applicant", {{"entry", entry}}}}).applicant.entry.value();
}
Occupation occupation_of(const json& job) {
    return view_of({{"applicant", {{"occupations", json::array({job})}}}})
        .applicant.occupations.at(0);
}
Event event_of(const json& event) {
    return view_of({{"events", json::array({event})}}).events.at(0);
}
RelocationAttempt attempt_of(const json& attempt) {
    const json relocation = {{"attempts", json::array({attempt})}};
    return view_of({{"claims", {{"internal_relocation", relocation}}}})
        .claims.internal_relocation->attempts.at(0);
}

People family_of(const json& family) {
    return people_of(view_of({{"applicant", {{"nationality", {"Mexico"}}}},
                              {"family", family},
                              {"persecutors", {{{"id", "cjng"}, {"name", "the CJNG"}}}}}));
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
    EXPECT_EQ(report_sentences(report_of(report), Incident{}, kDeclaration, people),
              "My brother reported it to the Ministerio Público on March 20, 2023. The "
              "authorities took the report, but no one investigated.");
    EXPECT_EQ(report_sentences(report_of(report), Incident{}, kBriefHe, people),
              "His brother reported it to the Ministerio Público on March 20, 2023. The "
              "authorities took the report, but no one investigated.");
    EXPECT_EQ(report_sentences(report_of(report), Incident{}, kBriefShe, people,
                               "the second incident", false),
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
    EXPECT_EQ(report_of_incident_sentences(report_of(report), incident_of(incident), kDeclaration,
                                           people),
              "My brother reported what happened on March 18, 2023, to the Ministerio Público on "
              "March 20, 2023. The authorities took the report, but no one investigated.");
    const json same_day = {{"to", "the Fiscalía, Zamora office"}, {"date", "2023-03-18"}};
    EXPECT_EQ(report_of_incident_sentences(report_of(same_day), incident_of(incident), kDeclaration,
                                           people, false),
              "I reported what happened on March 18, 2023, to the Fiscalía, Zamora office, the "
              "same day.");
    const json around = {{"date", "2022-06"}, {"date_approximate", true}};
    const json that_month = {{"to", "the police"}, {"date", "2022-06"}};
    EXPECT_EQ(report_of_incident_sentences(report_of(that_month), incident_of(around), kDeclaration,
                                           people, false),
              "I reported what happened in or around June 2022 to the police the same month.");
    EXPECT_EQ(not_reported_sentence(incident_of(incident), kDeclaration),
              "I did not report what happened on March 18, 2023, to the authorities.");
    EXPECT_EQ(not_reported_sentence(incident_of(around), kBriefShe),
              "She did not report what happened in or around June 2022 to the authorities.");
    // Her brother reported it; she did not go herself.
    const json reported = {{"date", "2023-03-18"},
                           {"reports", json::array({json{{"to", "the police"}}})}};
    EXPECT_EQ(not_reported_sentence(incident_of(reported), kBriefShe),
              "She did not report what happened on March 18, 2023, to the authorities herself.");
    const json undated = {{"to", "the police"}};
    EXPECT_EQ(report_of_incident_sentences(report_of(undated), incident_of(around), kDeclaration,
                                           people, false),
              "I reported what happened in or around June 2022 to the police.");
}

TEST(Prose, AReportByTheApplicantOrSomeoneElse) {
    const People people = family_of(json::array());
    const json own = {{"to", "the police"}, {"response_kind", "threatened-the-reporter"}};
    EXPECT_EQ(report_sentences(report_of(own), Incident{}, kDeclaration, people),
              "I reported it to the police. The authorities threatened me.");
    EXPECT_EQ(report_sentences(report_of(own), Incident{}, kBriefThey, people),
              "They reported it to the police. The authorities threatened them.");
    const json landlord = {{"to", "the police"}, {"reported_by_other", "the landlord"}};
    EXPECT_EQ(report_sentences(report_of(landlord), Incident{}, kDeclaration, people),
              "The landlord reported it to the police.");
}

TEST(Prose, AuthoritiesToldThePersecutorWhenOnePersonDidIt) {
    const People people = people_of(
        view_of({{"persecutors",
                  {{{"id", "partner"}, {"name", "P"}, {"kind", "partner"}, {"sex", "male"}},
                   {{"id", "cjng"}, {"name", "the CJNG"}, {"kind", "cartel"}}}}}));
    const json report = {{"to", "the police"}, {"response_kind", "told-the-persecutor"}};
    EXPECT_EQ(report_sentences(report_of(report), incident_of({{"perpetrators", {"partner"}}}),
                               kBriefShe, people),
              "She reported it to the police. The authorities told the persecutor about the "
              "report.");
    EXPECT_EQ(report_sentences(report_of(report), incident_of({{"perpetrators", {"cjng"}}}),
                               kBriefShe, people),
              "She reported it to the police. The authorities told the persecutors about the "
              "report.");
}

TEST(Prose, TwoRelativesWithOneRelationAreNamed) {
    json second = kBrother;
    second["id"] = "younger";
    second["name"]["given"] = "Luis";
    const People people = family_of(json::array({kBrother, second}));
    EXPECT_EQ(report_sentences(report_of({{"to", "the police"}, {"reported_by", "younger"}}),
                               Incident{}, kDeclaration, people),
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
    const std::string said = relative_sentence(relative_of(father), kDeclaration, people);
    EXPECT_EQ(said,
              "My father, Fermín López Cárdenas, was killed by the CJNG in Zamora on March 9, "
              "2024.");
    EXPECT_EQ(said.find("lives"), std::string::npos);
    json in_state = father;
    in_state["death"]["place"] = "Zamora, Michoacán";
    EXPECT_EQ(relative_sentence(relative_of(in_state), kBriefHe, people),
              "His father, Fermín López Cárdenas, was killed by the CJNG in Zamora, Michoacán, on "
              "March 9, 2024.");
    json no_details = father;
    no_details.erase("death");
    no_details["deceased"] = true;
    const People v1_people = family_of(json::array({no_details}));
    EXPECT_EQ(relative_sentence(relative_of(no_details), kBriefHe, v1_people),
              "His father, Fermín López Cárdenas, has died.");
}

TEST(Prose, ALivingRelativesPlaceAndStatus) {
    json wife = {{"id", "wife"},
                 {"relation", "wife"},
                 {"name", {{"given", "Rosa"}, {"family", "Medina"}}},
                 {"location", "Houston, Texas"},
                 {"status", "in-proceedings-with-applicant"}};
    const People people = family_of(json::array({wife}));
    EXPECT_EQ(relative_sentence(relative_of(wife), kDeclaration, people),
              "My wife, Rosa Medina, lives in Houston, Texas, and is in removal proceedings with "
              "me.");
    EXPECT_EQ(relative_sentence(relative_of(wife), kBriefHe, people),
              "His wife, Rosa Medina, lives in Houston, Texas, and is in removal proceedings with "
              "him.");
    wife.erase("location");
    wife["status"] = "unknown";
    EXPECT_EQ(relative_sentence(relative_of(wife), kDeclaration, family_of(json::array({wife}))),
              "My wife's name is Rosa Medina. I do not know where she is now.");
}

TEST(Prose, WordsAreIntroducedByHowTheyCame) {
    const People people = family_of(json::array({kBrother}));
    EXPECT_EQ(words_said_intro(words_of({{"medium", "written-note"}, {"language", "Spanish"}}),
                               kDeclaration, people),
              "They left a note that said, in Spanish:");
    EXPECT_EQ(words_said_intro(words_of({{"medium", "text-message"}, {"language", "English"}}),
                               kBriefShe, people),
              "They sent her a text message that said:");
    EXPECT_EQ(words_said_intro(words_of({{"medium", "phone-call"}, {"heard_by", {"brother"}}}),
                               kDeclaration, people),
              "They told my brother on the telephone:");
    EXPECT_EQ(words_said_intro(words_of({{"language", "Spanish"}}), kBriefHe, people),
              "They told him, in Spanish:");
}

TEST(Prose, OneManOfAGroupIsHeAndWordsOnlyOthersHeardWereSaid) {
    const People people = family_of(json::array({kBrother}));
    EXPECT_EQ(words_said_intro(words_of({{"speaker_sex", "male"}, {"language", "Spanish"}}),
                               kDeclaration, people),
              "He told me, in Spanish:");
    // Customers in a store heard them: the declaration names no one they were told to.
    EXPECT_EQ(words_said_intro(words_of({{"heard_by", {"others"}}}), kDeclaration, people),
              "They said:");
    EXPECT_EQ(words_said_intro(words_of({{"heard_by", {"brother", "others"}}}), kBriefHe, people),
              "They told his brother and others:");
    EXPECT_EQ(words_said_intro(words_of({{"medium", "phone-call"}, {"heard_by", {"others"}}}),
                               kDeclaration, people),
              "They said on the telephone:");
}

TEST(Prose, AWitnessSaysWhatTheyKnow) {
    EXPECT_EQ(witness_sentence(witness_of({{"name", "Héctor Salinas"}, {"relation", "neighbour"}}),
                               kDeclaration),
              "Héctor Salinas, a neighbour, saw what happened.");
    EXPECT_EQ(
        witness_sentence(
            witness_of({{"name", "Ana Ruiz"}, {"relation", "wife"}, {"knows", "was-also-harmed"}}),
            kBriefHe),
        "His wife, Ana Ruiz, was also harmed.");
    EXPECT_EQ(witness_sentence(witness_of({{"name", "Jacinto Flores"}, {"knows", "heard"}}),
                               kDeclaration),
              "Jacinto Flores heard what happened.");
}

TEST(Prose, PeopleOfAGroupByNameAliasOrBoth) {
    const json police = {
        {"name", "municipal police of Zamora"},
        {"individuals",
         {{{"name", "Comandante Raúl Ibarra"}, {"role", "the head of the night shift"}}}}};
    EXPECT_EQ(persecutor_individuals_sentence(persecutor_of(police), kDeclaration),
              "I know who one of the members of the municipal police of Zamora is: Comandante "
              "Raúl Ibarra, the head of the night shift.");
    const json cartel = {{"name", "Cártel del Golfo"},
                         {"individuals",
                          {{{"alias", "La Flaca"}, {"sex", "female"}},
                           {{"name", "Mauricio Salinas"}, {"alias", "El Mauro"}}}}};
    EXPECT_EQ(persecutor_individuals_sentence(persecutor_of(cartel), kBriefShe),
              "She knows who some of the members of Cártel del Golfo are: the woman known as "
              "\"La Flaca\"; and Mauricio Salinas, known as \"El Mauro\".");
    const json two_names = {{"name", "a cell of the CJNG"},
                            {"individuals", {{{"name", "Ana"}}, {{"alias", "El Chino"}}}}};
    EXPECT_EQ(persecutor_individuals_sentence(persecutor_of(two_names), kBriefThey),
              "They know who some of the members of a cell of the CJNG are: Ana and the person "
              "known as \"El Chino\".");
    EXPECT_EQ(persecutor_individuals_sentence(persecutor_of({{"name", "the CJNG"}}), kDeclaration),
              "");
}

TEST(Prose, AnEntryNearAPlaceAndHowItWasMade) {
    const json near = {{"date", "2024-08-15"},
                       {"place", "Brownsville, Texas"},
                       {"place_kind", "near"},
                       {"manner", "between-ports"}};
    EXPECT_EQ(entry_sentences(entry_of(near), kDeclaration),
              "I arrived in the United States on August 15, 2024, near Brownsville, Texas. I "
              "crossed the border between ports of entry.");
    const json port = {{"date", "2023-05-10"},
                       {"place", "Hidalgo port of entry, Texas"},
                       {"manner", "port-of-entry-appointment"}};
    EXPECT_EQ(entry_sentences(entry_of(port), kBriefShe),
              "She arrived in the United States on May 10, 2023, at the Hidalgo port of entry, "
              "Texas. She presented herself at the port of entry for a scheduled appointment.");
}

TEST(Prose, InjuriesWrittenAsTheUserWroteThem) {
    const json incident = {
        {"injuries", "A cut above the left eye that needed five stitches, and two cracked ribs."},
        {"treated", {{"at", "the Cruz Roja clinic in Uruapan"}, {"date", "2023-03-18"}}}};
    EXPECT_EQ(injury_sentences(incident_of(incident), kDeclaration),
              "I suffered a cut above the left eye that needed five stitches, and two cracked "
              "ribs. I was treated at the Cruz Roja clinic in Uruapan on March 18, 2023.");
    EXPECT_EQ(injury_sentences(incident_of({{"injuries", "Bruises on the back"}}), kBriefThey),
              "They suffered bruises on the back.");
}

TEST(Prose, JobsEventsAndTheHarmsTogether) {
    EXPECT_EQ(occupation_sentence(
                  occupation_of({{"title", "owner of a taco stand"},
                                 {"place", {{"detail", "Avenida Juárez"}, {"city", "Iguala"}}},
                                 {"from", "2015"}}),
                  kDeclaration),
              "From 2015 until I left, I worked as the owner of a taco stand in Avenida Juárez, "
              "Iguala.");
    EXPECT_EQ(
        occupation_sentence(occupation_of({{"title", "engineer"}, {"from", "2015"}}), kBriefHe),
        "From 2015 until he left, he worked as an engineer.");
    // A stay that began and ended in one month is told in that month, not "from May to May".
    const RelocationAttempt weeks =
        attempt_of({{"place", {{"city", "Mexico City"}}}, {"from", "2019-05"}, {"to", "2019-05"}});
    EXPECT_EQ(relocation_sentence(weeks, kBriefHe),
              "In May 2019, he tried to live in Mexico City.");
    const RelocationAttempt dated = attempt_of(
        {{"place", {{"city", "Morelia"}}}, {"from", "2023-03-25"}, {"to", "2023-04-20"}});
    EXPECT_EQ(relocation_sentence(dated, kDeclaration),
              "From March 25, 2023, to April 20, 2023, I tried to live in Morelia.");
    EXPECT_EQ(occupation_sentence(occupation_of({{"title", "owner of a tortilla shop"},
                                                 {"employer", "Tortillería La Esperanza"},
                                                 {"place", {{"city", "Uruapan"}}},
                                                 {"from", "2009"},
                                                 {"to", "2023-04"}}),
                                  kDeclaration),
              "From 2009 to April 2023, I worked as the owner of a tortilla shop, Tortillería La "
              "Esperanza, in Uruapan.");
    // Help given over a period: its first full date is closed by a comma, as every period's.
    const People cartel = family_of(json::array());
    const SupportGiven weekly = view_of({{"support_given",
                                          {{{"to", "cjng"},
                                            {"kind", "payment"},
                                            {"from", "2021-03-01"},
                                            {"until", "2022-06-30"}}}}})
                                    .support_given.at(0);
    EXPECT_EQ(support_sentence(weekly, kBriefHe, cartel),
              "From March 1, 2021, to June 30, 2022, he paid the CJNG.");
    EXPECT_EQ(event_sentence(event_of({{"kind", "resignation"}, {"date", "2022-08"}}), kBriefHe),
              "In August 2022, he resigned.");
    // Service lasts years: its date is when it began.
    EXPECT_EQ(event_sentence(event_of({{"kind", "military-service"},
                                       {"date", "2005-01"},
                                       {"date_approximate", true}}),
                             kDeclaration),
              "From around January 2005, I served in the military.");
    EXPECT_EQ(event_sentence(event_of({{"kind", "other"}, {"date", "2022-08"}}), kDeclaration), "");
    EXPECT_EQ(harm_overview({"threat", "beating", "threat", "other"}), "threats and a beating");
    // The relatives killed are named; a comma keeps their "and" apart from the next harm.
    EXPECT_EQ(harm_overview({"killing-of-relative", "killing-of-relative", "death-threat"},
                            {"his brother", "his father"}),
              "the killings of his brother and his father, and a death threat");
    EXPECT_EQ(harm_overview({"death-threat", "killing-of-relative"}, {"her husband"}),
              "a death threat and the killing of her husband");
    EXPECT_EQ(harm_overview({"killing-of-relative"}), "the killing of a relative");
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

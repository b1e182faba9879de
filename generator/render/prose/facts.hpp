// Sentences composed from the case's structured facts, in either voice. Templates ask for these
// instead of gluing fields together; free text the user wrote is added only by the template of
// the voice it is written in (see schemas/case.schema.json: "In the declarant's own words").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "casefile/case_view.hpp"
#include "render/prose/voice.hpp"

namespace amparo::prose {

// How sentences name a family member.
struct Kin {
    std::string relation;   // "brother"
    std::string full_name;  // "Arturo Ramírez Ochoa"
    std::string given_name;
    std::optional<Pronouns> pronouns;  // unknown for "cousin" without `sex`
    bool deceased = false;
};

// The people sentences mention by id.
struct People {
    std::map<std::string, Kin> family;               // family id -> relative
    std::map<std::string, int> relation_count;       // "brother" -> how many the family lists
    std::map<std::string, std::string> persecutors;  // persecutor id -> name
    // Persecutors who are one person of known sex: id -> "he" / "she".
    std::map<std::string, std::string> persecutor_subjects;
    std::string home_country;  // the applicant's first nationality
};

People people_of(const CaseView& view);

// "my brother", or "my brother Luis" when the family has two brothers, for a family id.
std::string relative_phrase(const Voice& voice, const People& people, const std::string& id);

// "My brother, Arturo Ramírez Ochoa, lives in Uruapan, Michoacán." / "His father, ..., was
// killed in Zamora on December 3, 2022."
std::string relative_sentence(const Relative& member, const Voice& voice, const People& people);

// Whom the authorities told of a report: "the persecutor" when the incident's one perpetrator is
// one person (a partner, an official of known sex), else "the persecutors".
std::string persecutors_of(const Incident& incident, const People& people);

// "My brother reported it to the Ministerio Público on March 20, 2023. They took the report but
// did not investigate."
// `what` names what was reported: "it" inside the incident's own account, "the second
// incident" in a list of reports. `with_response` adds what the authorities did, from
// `response_kind`; the declaration leaves it out when the applicant's own account says it.
std::string report_sentences(const Report& report, const Incident& incident, const Voice& voice,
                             const People& people, const std::string& what = "it",
                             bool with_response = true);

// The report told apart from its incident, for the declaration's section on protection: "My
// brother reported what happened on March 18, 2023, to the Ministerio Público on March 20,
// 2023." ("... the same day" or "the same month" when both dates say the same).
std::string report_of_incident_sentences(const Report& report, const Incident& incident,
                                         const Voice& voice, const People& people,
                                         bool with_response = true);

// "I did not report what happened on June 22, 2024, to the authorities." for an incident with a
// `not_reported_reason` (the reason itself is the declarant's text, added by the template);
// "... to the authorities myself." when someone else reported it.
std::string not_reported_sentence(const Incident& incident, const Voice& voice);

// What comes before quoted words: "They left a note that said, in Spanish:". With
// `name_speaker`, the speaker is named ("Guerreros Unidos told him, in Spanish:").
std::string words_said_intro(const WordsSaid& words, const Voice& voice, const People& people,
                             bool name_speaker = false);

// "My wife, Rosa Elena Medina Cruz, saw what happened."
std::string witness_sentence(const Witness& witness, const Voice& voice);

// "I suffered a cut above the left eye. I was treated at the Cruz Roja clinic that night."
std::string injury_sentences(const Incident& incident, const Voice& voice);

// "I arrived in the United States on May 10, 2023, near Brownsville, Texas. I crossed ..."
std::string entry_sentences(const Entry& entry, const Voice& voice);

// "In or around 2015, I served in the military." from an event's kind, date and place.
std::string event_sentence(const Event& event, const Voice& voice);

// When an event happened, as a phrase: "in August 2022", "from January 2005" for service and
// informant work, whose date is when they began.
std::string event_date_phrase(const Event& event);

// "From 2009 until April 2023, I worked as the owner of a tortilla shop, Tortillería La
// Esperanza, in Uruapan, Michoacán, Mexico."
std::string occupation_sentence(const Occupation& job, const Voice& voice);

// "From March 25, 2023, to April 20, 2023, I tried to live in Morelia, Michoacán, Mexico."
std::string relocation_sentence(const RelocationAttempt& attempt, const Voice& voice);

// "death threats, extortion and a beating": every kind of harm in `harms` (the incidents' harms
// one after the other), in the order first suffered, plural when suffered more than once; empty
// when none is listed. `killed` names the relatives killed ("his brother", "his father"), so
// that the killings are of them and not of "relatives" the reader must look up.
std::string harm_overview(const std::vector<std::string>& harms,
                          const std::vector<std::string>& killed = {});

// The relatives the case records as killed in the incidents that list a killing
// (`killing-of-relative`): deceased family members linked to such an incident, as `voice`
// names them, in the order of `incidents`, each once.
std::vector<std::string> relatives_killed(const CaseView& view,
                                          const std::vector<Incident>& incidents,
                                          const Voice& voice, const People& people);

// "I know who some of the members of the CJNG are: Ramón Ortiz Salas, known as "El Güero", the
// plaza boss in Uruapan; and the man known as "El Flaco"." Empty when it names no one.
std::string persecutor_individuals_sentence(const Persecutor& persecutor, const Voice& voice);

// "From June 2022 to February 2023, he paid the CJNG 1,500 pesos a week. It was given under
// threat: ..." for one entry of support_given.
std::string support_sentence(const SupportGiven& support, const Voice& voice, const People& people);

// "Detail, City, State, Country" of a place object.
std::string place_name(const Place& place);

}  // namespace amparo::prose

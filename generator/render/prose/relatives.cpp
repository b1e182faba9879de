// A family member introduced in one sentence: relation, name, and where they are now or how
// they died (a relative who has died is spoken of in the past tense).
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

std::string death_clause(const Relative& member, const People& people) {
    const Death death = member.death.value_or(Death{});
    const std::string cause = value_or(death.cause, "unknown");
    std::string clause = cause == "killed"     ? "was killed"
                         : cause == "illness"  ? "died of an illness"
                         : cause == "accident" ? "died in an accident"
                                               : "died";
    if (death.killed_by) {
        if (auto it = people.persecutors.find(death.killed_by->value);
            it != people.persecutors.end())
            clause += " by " + it->second;
    }
    if (death.place) {
        clause += " in " + death.place->value;
        // "in Culiacán, Sinaloa, on November 2, 2023": a place with a comma is set off by one.
        if (death.date && death.place->value.find(',') != std::string::npos) clause += ",";
    }
    if (death.date) clause += " " + render::date_phrase(death.date->value, false);
    if (!death.place && !death.date && cause == "unknown") {
        clause = "has died";
    }
    return clause;
}

std::string status_clause(const Relative& member, const Voice& voice, const People& people) {
    const std::string status = value_or(member.status);
    if (status == "in-proceedings-with-applicant")
        return "is in removal proceedings with " + voice.object();
    if (status == "in-hiding") return "is in hiding";
    if (member.location) return "";
    if (status == "in-united-states") return "lives in the United States";
    if (status == "in-home-country" && !people.home_country.empty())
        return "still lives in " + people.home_country;
    return "";
}

}  // namespace

std::string relative_sentence(const Relative& member, const Voice& voice, const People& people) {
    const Kin& relative = people.family.at(value_or(member.id));
    const std::string who =
        capitalized(relation_phrase(voice, relative.relation)) + ", " + relative.full_name + ",";
    if (relative.deceased) return as_sentence(who + " " + death_clause(member, people));
    std::vector<std::string> clauses;
    if (member.location) clauses.push_back("lives in " + member.location->value);
    if (auto status = status_clause(member, voice, people); !status.empty()) {
        clauses.push_back(status);
    }
    if (value_or(member.status) == "unknown") {
        return as_sentence(capitalized(relation_phrase(voice, relative.relation)) + "'s name is " +
                           relative.full_name) +
               " " +
               as_sentence(voice.person() == Person::First
                               ? "I do not know where " +
                                     (relative.pronouns ? relative.pronouns->subject
                                                        : relative.given_name) +
                                     " is now"
                               : capitalized(relative.pronouns ? relative.pronouns->possessive
                                                               : relative.given_name + "'s") +
                                     " whereabouts are unknown");
    }
    if (clauses.empty()) {
        return as_sentence(capitalized(relation_phrase(voice, relative.relation)) + "'s name is " +
                           relative.full_name);
    }
    // "lives in Houston, Texas, and is in removal proceedings": a place with commas needs one
    // before "and" too, or the state reads as part of a list.
    std::string predicate = clauses[0];
    if (clauses.size() > 1) {
        predicate += (clauses[0].find(',') != std::string::npos ? ", and " : " and ") + clauses[1];
    }
    return as_sentence(who + " " + predicate);
}

}  // namespace amparo::prose

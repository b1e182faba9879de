// Who is who: family members with their pronouns, persecutors by name, and place names.
#include <set>

#include "render/prose/facts.hpp"

namespace amparo::prose {

namespace {

// Relations whose word says the person's sex; anything else ("cousin", "partner") needs `sex`.
std::optional<std::string> sex_of_relation(const std::string& relation) {
    static const std::set<std::string> male = {
        "brother",        "father",     "son",        "husband", "uncle",        "nephew",
        "grandfather",    "grandson",   "stepfather", "stepson", "half-brother", "father-in-law",
        "brother-in-law", "son-in-law", "boyfriend"};
    static const std::set<std::string> female = {
        "sister",        "mother",          "daughter",    "wife",
        "aunt",          "niece",           "grandmother", "granddaughter",
        "stepmother",    "stepdaughter",    "half-sister", "mother-in-law",
        "sister-in-law", "daughter-in-law", "girlfriend"};
    if (male.count(relation)) return "male";
    if (female.count(relation)) return "female";
    return std::nullopt;
}

}  // namespace

std::string place_name(const Place& place) {
    std::string text;
    for (const TextField* part : {&place.detail, &place.city, &place.state, &place.country}) {
        if (!*part) continue;
        if (!text.empty()) text += ", ";
        text += (*part)->value;
    }
    return text;
}

std::string relative_phrase(const Voice& voice, const People& people, const std::string& id) {
    const Kin& relative = people.family.at(id);
    std::string phrase = relation_phrase(voice, relative.relation);
    if (people.relation_count.at(relative.relation) > 1) phrase += " " + relative.given_name;
    return phrase;
}

People people_of(const CaseView& view) {
    People people;
    for (const auto& member : view.family) {
        Kin relative;
        relative.relation = value_or(member.relation);
        relative.given_name = value_or(member.name->given);
        relative.full_name = relative.given_name + " " + value_or(member.name->family);
        auto sex = member.sex ? std::optional<std::string>(member.sex->value)
                              : sex_of_relation(relative.relation);
        if (sex) relative.pronouns = pronouns_for("", *sex);
        relative.deceased = is_set(member.deceased) || member.death.has_value();
        ++people.relation_count[relative.relation];
        people.family[value_or(member.id)] = relative;
    }
    for (const auto& persecutor : view.persecutors) {
        const std::string id = value_or(persecutor.id);
        people.persecutors[id] = value_or(persecutor.name);
        if (persecutor.sex) {
            people.persecutor_subjects[id] = persecutor.sex->value == "female" ? "she" : "he";
        }
    }
    const auto& nationality = view.applicant.nationality;
    if (nationality && !nationality->value.empty()) people.home_country = nationality->value[0];
    return people;
}

}  // namespace amparo::prose

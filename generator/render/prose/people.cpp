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

std::string place_name(const nlohmann::json& place) {
    std::string text;
    for (const char* field : {"detail", "city", "state", "country"}) {
        if (!place.contains(field)) continue;
        if (!text.empty()) text += ", ";
        text += place[field].get<std::string>();
    }
    return text;
}

std::string relative_phrase(const Voice& voice, const People& people, const std::string& id) {
    const Relative& relative = people.family.at(id);
    std::string phrase = relation_phrase(voice, relative.relation);
    if (people.relation_count.at(relative.relation) > 1) phrase += " " + relative.given_name;
    return phrase;
}

People people_of(const nlohmann::json& validated_case) {
    People people;
    for (const auto& member : validated_case.value("family", nlohmann::json::array())) {
        Relative relative;
        relative.relation = member["relation"];
        relative.given_name = member["name"]["given"];
        relative.full_name =
            relative.given_name + " " + member["name"]["family"].get<std::string>();
        auto sex = member.contains("sex") ? std::optional<std::string>(member["sex"])
                                          : sex_of_relation(relative.relation);
        if (sex) relative.pronouns = pronouns_for("", *sex);
        relative.deceased = member.value("deceased", false) || member.contains("death");
        ++people.relation_count[relative.relation];
        people.family[member["id"]] = relative;
    }
    for (const auto& persecutor : validated_case.value("persecutors", nlohmann::json::array())) {
        people.persecutors[persecutor["id"]] = persecutor["name"];
        if (persecutor.contains("sex")) {
            people.persecutor_subjects[persecutor["id"]] =
                persecutor["sex"] == "female" ? "she" : "he";
        }
    }
    const auto& nationality = validated_case["applicant"]["nationality"];
    if (nationality.is_array() && !nationality.empty()) people.home_country = nationality[0];
    return people;
}

}  // namespace amparo::prose

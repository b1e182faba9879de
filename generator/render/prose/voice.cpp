// Pronoun tables and the voice's forms.
#include "render/prose/voice.hpp"

namespace amparo::prose {

Pronouns pronouns_for(const std::string& pronouns, const std::string& sex) {
    const std::string chosen = !pronouns.empty() ? pronouns : sex == "female" ? "she" : "he";
    if (chosen == "she") return {"she", "her", "her", "herself", false};
    if (chosen == "they") return {"they", "them", "their", "themselves", true};
    return {"he", "him", "his", "himself", false};
}

Voice Voice::first_person() { return Voice{}; }

Voice Voice::third_person(std::string name, Pronouns pronouns) {
    Voice voice;
    voice.person_ = Person::Third;
    voice.name_ = std::move(name);
    voice.pronouns_ = std::move(pronouns);
    return voice;
}

std::string Voice::subject() const { return person_ == Person::First ? "I" : pronouns_.subject; }
std::string Voice::object() const { return person_ == Person::First ? "me" : pronouns_.object; }
std::string Voice::possessive() const {
    return person_ == Person::First ? "my" : pronouns_.possessive;
}
std::string Voice::reflexive() const {
    return person_ == Person::First ? "myself" : pronouns_.reflexive;
}
std::string Voice::was() const { return pronouns_.plural_verb ? "were" : "was"; }
std::string Voice::present(const std::string& verb) const {
    return person_ == Person::First || pronouns_.plural_verb ? verb : verb + "s";
}
std::string Voice::is() const {
    if (person_ == Person::First) return "am";
    return pronouns_.plural_verb ? "are" : "is";
}

std::string relation_phrase(const Voice& voice, const std::string& relation) {
    return voice.possessive() + " " + relation;
}

}  // namespace amparo::prose

// Injuries and their treatment, as sentences with a subject.
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

std::string injury_sentences(const Incident& incident, const Voice& voice) {
    std::string injured;
    if (incident.injuries) {
        injured =
            as_sentence(voice.subject() + " suffered " + as_noun_phrase(incident.injuries->value));
    }
    std::string treated;
    if (incident.treated) {
        const Treatment& where = *incident.treated;
        treated = voice.subject() + " " + voice.was() + " treated at " + value_or(where.at);
        if (where.date) treated += " " + render::date_phrase(where.date->value, false);
        treated = as_sentence(treated);
    }
    return joined({injured, treated});
}

}  // namespace amparo::prose

// Injuries and their treatment, as sentences with a subject.
#include "casefile/civil_date.hpp"
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

std::string injury_sentences(const nlohmann::json& incident, const Voice& voice) {
    std::string injured;
    if (incident.contains("injuries")) {
        injured = as_sentence(voice.subject() + " suffered " +
                              as_noun_phrase(incident["injuries"].get<std::string>()));
    }
    std::string treated;
    if (incident.contains("treated")) {
        const auto& where = incident["treated"];
        treated =
            voice.subject() + " " + voice.was() + " treated at " + where["at"].get<std::string>();
        if (auto date = parse_civil_date(where.value("date", ""))) {
            treated += " " + render::date_phrase(*date, false);
        }
        treated = as_sentence(treated);
    }
    return joined({injured, treated});
}

}  // namespace amparo::prose

// Events that are not harms (service, a resignation, a move), told in the timeline with the
// incidents and never argued as persecution.
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

// What happened, by kind, as a clause with its subject; "other" says nothing of its own (its
// account and summary do). A public exposure or a diagnosis needs them to say what it was.
std::string clause(const std::string& kind, const Voice& voice) {
    const std::string s = voice.subject();
    if (kind == "military-service") return s + " served in the military";
    if (kind == "police-service") return s + " served as a police officer";
    if (kind == "resignation") return s + " resigned";
    if (kind == "desertion") return s + " deserted";
    if (kind == "move") return s + " moved";
    if (kind == "business-opened") return s + " opened a business";
    if (kind == "informant-work") return s + " worked as an informant";
    if (kind == "entry-to-united-states") return s + " entered the United States";
    if (kind == "search-after-departure") return "people came looking for " + voice.object();
    return "";
}

}  // namespace

std::string event_date_phrase(const Event& event) {
    const CivilDate& date = event.date->value;
    const bool approximate = is_set(event.date_approximate);
    // Service and informant work last years; their date is when they began: "from January
    // 2005, he served", not "in January 2005, he served".
    const std::string kind = value_or(event.kind);
    if (kind == "military-service" || kind == "police-service" || kind == "informant-work")
        return std::string("from ") + (approximate ? "around " : "") + render::legal_date(date);
    return render::date_phrase(date, approximate);
}

std::string event_sentence(const Event& event, const Voice& voice) {
    std::string sentence = clause(value_or(event.kind), voice);
    if (sentence.empty()) return "";
    if (event.place) sentence += " in " + place_name(*event.place);
    if (event.date) sentence = event_date_phrase(event) + ", " + sentence;
    return as_sentence(sentence);
}

}  // namespace amparo::prose

// Help given to a persecutor, told as a fact for the attorney's material-support argument.
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

std::string support_sentence(const SupportGiven& support, const Voice& voice,
                             const People& people) {
    const std::string kind = value_or(support.kind);
    const std::string to = people.persecutors.at(value_or(support.to));
    std::string given = kind == "payment"     ? "paid " + to
                        : kind == "storage"   ? "kept goods for " + to
                        : kind == "transport" ? "transported goods for " + to
                        : kind == "lodging"   ? "gave lodging to " + to
                        : kind == "labor"     ? "worked for " + to
                                              : "gave help to " + to;
    if (support.amount) given += " " + support.amount->value;
    std::string when;
    const DateField& from = support.from;
    const DateField& until = support.until;
    if (from && until) {
        when = render::period_opening(from->value, until->value);
    } else if (from) {
        when = capitalized(render::date_phrase(from->value, false)) + ", ";
    }
    std::string sentence = as_sentence(when + voice.subject() + " " + given);
    if (is_set(support.under_threat)) {
        std::string threat = "It was given under threat";
        if (support.threat) threat += ": " + as_noun_phrase(support.threat->value);
        sentence += " " + as_sentence(threat);
    }
    return sentence;
}

}  // namespace amparo::prose

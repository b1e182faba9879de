// Help given to a persecutor, told as a fact for the attorney's material-support argument.
#include "casefile/civil_date.hpp"
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

std::string support_sentence(const nlohmann::json& support, const Voice& voice,
                             const People& people) {
    const std::string kind = support["kind"];
    const std::string to = people.persecutors.at(support["to"]);
    std::string given = kind == "payment"     ? "paid " + to
                        : kind == "storage"   ? "kept goods for " + to
                        : kind == "transport" ? "transported goods for " + to
                        : kind == "lodging"   ? "gave lodging to " + to
                        : kind == "labor"     ? "worked for " + to
                                              : "gave help to " + to;
    if (support.contains("amount")) given += " " + support["amount"].get<std::string>();
    std::string when;
    const auto from = parse_civil_date(support.value("from", ""));
    const auto until = parse_civil_date(support.value("until", ""));
    if (from && until) {
        when = "From " + render::legal_date(*from) + " to " + render::legal_date(*until) + ", ";
    } else if (from) {
        when = capitalized(render::date_phrase(*from, false)) + ", ";
    }
    std::string sentence = as_sentence(when + voice.subject() + " " + given);
    if (support.value("under_threat", false)) {
        std::string threat = "It was given under threat";
        if (support.contains("threat")) {
            threat += ": " + as_noun_phrase(support["threat"].get<std::string>());
        }
        sentence += " " + as_sentence(threat);
    }
    return sentence;
}

}  // namespace amparo::prose

// The harms of all incidents in one phrase, for the argument that they amount to persecution
// taken together; the statement of facts tells them one by one.
#include <algorithm>
#include <map>

#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"

namespace amparo::prose {

namespace {

struct HarmWords {
    const char* one;
    const char* several;
};

const std::map<std::string, HarmWords> kHarmWords = {
    {"threat", {"a threat", "threats"}},
    {"death-threat", {"a death threat", "death threats"}},
    {"extortion", {"extortion", "extortion"}},
    {"beating", {"a beating", "beatings"}},
    {"kidnapping", {"a kidnapping", "kidnappings"}},
    {"detention", {"detention", "detention"}},
    {"sexual-violence", {"sexual violence", "sexual violence"}},
    {"shooting", {"a shooting", "shootings"}},
    {"torture", {"torture", "torture"}},
    {"property-destruction", {"the destruction of property", "the destruction of property"}},
    {"robbery", {"a robbery", "robberies"}},
    {"killing-of-relative", {"the killing of a relative", "the killings of relatives"}},
    {"harm-to-relative", {"harm to a relative", "harm to relatives"}},
};

}  // namespace

std::string harm_overview(const std::vector<std::string>& harms,
                          const std::vector<std::string>& killed) {
    std::vector<std::string> order;
    std::map<std::string, int> count;
    for (const auto& kind : harms) {
        if (!kHarmWords.count(kind)) continue;  // "other": the facts say what it was
        if (count[kind]++ == 0) order.push_back(kind);
    }
    std::vector<std::string> words;
    for (const auto& kind : order) {
        if (kind == "killing-of-relative" && !killed.empty()) {
            words.push_back((killed.size() > 1 ? "the killings of " : "the killing of ") +
                            render::join_with_and(killed));
            continue;
        }
        const HarmWords& harm = kHarmWords.at(kind);
        words.push_back(count[kind] > 1 ? harm.several : harm.one);
    }
    // "the killings of his brother and his father, and death threats": a comma keeps the two
    // harms apart when the first already has an "and" of its own.
    if (words.size() == 2 && words[0].find(" and ") != std::string::npos)
        return words[0] + ", and " + words[1];
    return render::join_with_and(words);
}

std::vector<std::string> relatives_killed(const CaseView& view,
                                          const std::vector<Incident>& incidents,
                                          const Voice& voice, const People& people) {
    std::vector<std::string> killed;
    for (const auto& incident : incidents) {
        const auto harms = value_or(incident.harms);
        if (std::find(harms.begin(), harms.end(), "killing-of-relative") == harms.end()) continue;
        for (const auto& relative : view.family) {
            if (!is_set(relative.deceased) && !relative.death) continue;
            // Linked to the incident, or killed on its date.
            const auto in = value_or(relative.incidents);
            const bool listed = std::find(in.begin(), in.end(), value_or(incident.id)) != in.end();
            const bool that_day =
                relative.death && relative.death->date && incident.date &&
                relative.death->date->value == incident.date->value &&
                relative.death->date->value.precision == incident.date->value.precision;
            if (!listed && !that_day) continue;
            std::string name = relative_phrase(voice, people, value_or(relative.id));
            if (std::find(killed.begin(), killed.end(), name) == killed.end())
                killed.push_back(std::move(name));
        }
    }
    return killed;
}

}  // namespace amparo::prose

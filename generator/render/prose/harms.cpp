// The harms of all incidents in one phrase, for the argument that they amount to persecution
// taken together; the statement of facts tells them one by one.
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

std::string harm_overview(const std::vector<std::string>& harms) {
    std::vector<std::string> order;
    std::map<std::string, int> count;
    for (const auto& kind : harms) {
        if (!kHarmWords.count(kind)) continue;  // "other": the facts say what it was
        if (count[kind]++ == 0) order.push_back(kind);
    }
    std::vector<std::string> words;
    for (const auto& kind : order) {
        const HarmWords& harm = kHarmWords.at(kind);
        words.push_back(count[kind] > 1 ? harm.several : harm.one);
    }
    return render::join_with_and(words);
}

}  // namespace amparo::prose

#include "legal/gender_related_group.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace amparo::legal {

namespace {

bool names_a_sex(const std::string& definition) {
    static const char* kWords[] = {"women",   "woman", "girls", "girl",    "female",
                                   "females", "wives", "wife",  "mothers", "daughters",
                                   "mujeres", "mujer", "niñas", "esposas"};
    std::string lower = definition;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto is_letter = [](unsigned char c) { return std::isalpha(c) || c >= 0x80; };
    for (const char* word : kWords) {
        const std::string target(word);
        for (auto at = lower.find(target); at != std::string::npos;
             at = lower.find(target, at + 1)) {
            const bool starts = at == 0 || !is_letter(static_cast<unsigned char>(lower[at - 1]));
            const auto end = at + target.size();
            const bool ends =
                end == lower.size() || !is_letter(static_cast<unsigned char>(lower[end]));
            if (starts && ends) return true;
        }
    }
    return false;
}

}  // namespace

bool is_gender_related(const SocialGroup& group) {
    const std::string kind = value_or(group.kind);
    const bool identity = kind == "gender-identity" || kind == "sexual-orientation";
    return kind == "domestic-relationship" ||
           (!identity && group.definition && names_a_sex(group.definition->value));
}

}  // namespace amparo::legal

// Groups the translated exhibits by translator; the case's `translator` block gives the address
// and phone of the one it names.
#include "render/translation_certificates.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace amparo::render {

namespace {

using nlohmann::json;

std::string joined_with_and(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += i + 1 == items.size() ? (items.size() > 2 ? ", and " : " and ") : ", ";
        text += items[i];
    }
    return text;
}

}  // namespace

void add_translation_certificates(json& context) {
    json certificates = json::array();
    std::vector<std::vector<std::string>> languages;
    const json known = context.value("translator", json::object());
    for (const auto& exhibit : context.value("exhibits", json::array())) {
        if (!exhibit.contains("translation")) continue;
        const std::string translator = exhibit["translation"]["translator"];
        auto found = std::find_if(certificates.begin(), certificates.end(),
                                  [&](const json& c) { return c["translator"] == translator; });
        if (found == certificates.end()) {
            json certificate = {{"translator", translator}, {"documents", json::array()}};
            if (known.value("name", "") == translator) {
                for (const char* key : {"address", "phone"}) {
                    if (known.contains(key)) certificate[key] = known[key];
                }
            }
            certificates.push_back(certificate);
            languages.emplace_back();
            found = certificates.end() - 1;
        }
        const auto at = static_cast<std::size_t>(found - certificates.begin());
        (*found)["documents"].push_back({{"tab", exhibit["tab"]}, {"title", exhibit["title"]}});
        std::string language = exhibit.value("language", "");
        if (language.empty() && known.value("name", "") == translator)
            language = known.value("language", "");
        if (!language.empty() && std::find(languages[at].begin(), languages[at].end(), language) ==
                                     languages[at].end()) {
            languages[at].push_back(language);
        }
    }
    for (std::size_t i = 0; i < certificates.size(); ++i) {
        // An empty string would be "true" to Mustache: only a language that is known is set.
        if (!languages[i].empty()) certificates[i]["languages"] = joined_with_and(languages[i]);
    }
    context["has_translations"] = !certificates.empty();
    context["translation_certificates"] = std::move(certificates);
}

}  // namespace amparo::render

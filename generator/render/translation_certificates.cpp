// Groups the translated exhibits by translator; the case's `translator` block gives the address
// and phone of the one it names.
#include "render/translation_certificates.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "render/telling_order.hpp"

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

void add_translation_certificates(json& context, const CaseView& view) {
    json certificates = json::array();
    std::vector<std::vector<std::string>> languages;
    const LanguageHelper known = view.translator.value_or(LanguageHelper{});
    for_each_told(
        context, "exhibits", view.exhibits, [&](const json& exhibit, const Exhibit& fact) {
            if (!fact.translation) return;
            const std::string translator = value_or(fact.translation->translator);
            auto found = std::find_if(certificates.begin(), certificates.end(),
                                      [&](const json& c) { return c["translator"] == translator; });
            if (found == certificates.end()) {
                json certificate = {{"translator", translator}, {"documents", json::array()}};
                if (value_or(known.name) == translator) {
                    if (known.address) certificate["address"] = known.address->value;
                    if (known.phone) certificate["phone"] = known.phone->value;
                }
                certificates.push_back(certificate);
                languages.emplace_back();
                found = certificates.end() - 1;
            }
            const auto at = static_cast<std::size_t>(found - certificates.begin());
            (*found)["documents"].push_back(
                {{"tab", exhibit["tab"]}, {"title", value_or(fact.title)}});
            std::string language = value_or(fact.language);
            if (language.empty() && value_or(known.name) == translator)
                language = value_or(known.language);
            if (!language.empty() && std::find(languages[at].begin(), languages[at].end(),
                                               language) == languages[at].end()) {
                languages[at].push_back(language);
            }
        });
    for (std::size_t i = 0; i < certificates.size(); ++i) {
        // An empty string would be "true" to Mustache: only a language that is known is set.
        if (!languages[i].empty()) certificates[i]["languages"] = joined_with_and(languages[i]);
    }
    context["has_translations"] = !certificates.empty();
    context["translation_certificates"] = std::move(certificates);
}

}  // namespace amparo::render

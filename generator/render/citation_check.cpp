// The key is the text between the lambda's open and close tags, as kainjow hands it to the
// lambda.
#include "render/citation_check.hpp"

#include "casefile/nearest_name.hpp"

namespace amparo::render {

std::string cited_key(const std::string& text, const Tag& tag) {
    if (tag.kind != Tag::Kind::Section || (tag.name != "cite" && tag.name != "cite_history"))
        return "";
    const std::size_t close_at = text.find("{{/" + tag.name + "}}", tag.end);
    if (close_at == std::string::npos) return "";
    return trimmed(text.substr(tag.end, close_at - tag.end));
}

std::vector<CitationSite> citation_sites(const std::string& text, const std::string& file) {
    std::vector<CitationSite> sites;
    for (const auto& tag : scan_tags(text).tags) {
        std::string key = cited_key(text, tag);
        if (!key.empty())
            sites.push_back({file, tag.line, tag.column, key, tag.name == "cite_history"});
    }
    return sites;
}

std::vector<CitationSite> citation_sites(const TemplateSet& templates) {
    std::vector<CitationSite> sites;
    for (const auto& [name, file] : templates.files()) {
        auto found = citation_sites(file.text, file.path.string());
        sites.insert(sites.end(), found.begin(), found.end());
    }
    return sites;
}

std::optional<Diagnostic> citation_problem(const CitationSite& site,
                                           const AuthorityRegistry& registry) {
    Diagnostic problem{site.file, site.line, site.column, Severity::Error, "", "", ""};
    const Authority* authority = registry.find(site.key);
    if (!authority) {
        std::vector<std::string> keys;
        for (const auto& [key, entry] : registry.entries()) keys.push_back(key);
        problem.message = "authority '" + site.key + "' is not in the registry";
        if (auto nearest = nearest_name(site.key, keys)) {
            problem.hint = "did you mean '" + *nearest + "'?";
        } else {
            problem.hint =
                "add it to " + registry.file() + " once verified, or cite a key it already has";
        }
        return problem;
    }
    if (site.history) return std::nullopt;
    auto refusal = citation_refusal(*authority);
    if (!refusal) return std::nullopt;
    problem.message = "authority '" + site.key + "' " + *refusal;
    if (authority->status == "vacated" || authority->status == "overruled")
        problem.hint =
            "cite it with {{#cite_history}} only where the brief discusses it as vacated";
    return problem;
}

}  // namespace amparo::render

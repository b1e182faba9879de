// Citations written in templates, `{{#cite}}KEY{{/cite}}` and
// `{{#cite_history}}KEY{{/cite_history}}`: where they are, and whether the registry lets them be
// cited. One message for lint-templates and for the renderer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"
#include "render/authority_registry.hpp"
#include "render/tag_scanner.hpp"
#include "render/template_set.hpp"

namespace amparo::render {

struct CitationSite {
    std::string file;  // the template's path
    int line = 0;
    int column = 0;
    std::string key;
    bool history = false;  // cite_history
};

// The key a cite or cite_history section tag encloses (trimmed), "" for any other tag.
std::string cited_key(const std::string& text, const Tag& tag);

// Every citation of one template text, in order; `file` names it.
std::vector<CitationSite> citation_sites(const std::string& text, const std::string& file);

// Every citation of the set, in file order.
std::vector<CitationSite> citation_sites(const TemplateSet& templates);

// Why the citation may not stand, at its place, or nullopt when it may. Unknown keys get the
// nearest registry key as a suggestion.
std::optional<Diagnostic> citation_problem(const CitationSite& site,
                                           const AuthorityRegistry& registry);

}  // namespace amparo::render

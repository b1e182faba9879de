// Renders a template of the set against a context, through kainjow mustache, with amparo's
// lambdas: {{#cite}}KEY{{/cite}}, {{#cite_history}}KEY{{/cite_history}} and {{#para}}...{{/para}}.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"
#include "render/authority_registry.hpp"
#include "render/template_context.hpp"
#include "render/template_set.hpp"

namespace amparo::render {

struct RenderedText {
    std::string markdown;
    std::vector<std::string> cited;  // authority keys, in order of first citation
    // Declaration paragraph numbers written inside each incident's section (incident id -> ¶s).
    std::map<std::string, std::vector<int>> declaration_paragraphs;
    // Unknown or refused authorities and template syntax errors, at their template's line.
    Diagnostics problems;
};

class TemplateRenderer {
  public:
    // `registry` may be null where no template cites (the Mustache spec runner).
    TemplateRenderer(const TemplateSet& templates, const AuthorityRegistry* registry)
        : templates_(templates), registry_(registry) {}

    // `context` converted for the templates of this renderer (template_context.hpp), for
    // rendering several templates against it.
    TemplateContext context(const nlohmann::json& values) const {
        return TemplateContext(values, templates_);
    }
    RenderedText render(const std::string& template_name, const TemplateContext& context) const;
    RenderedText render(const std::string& template_name, const nlohmann::json& values) const {
        return render(template_name, context(values));
    }

    // Renders template text (not a named file) with the set's partials: for the spec runner.
    RenderedText render_text(const std::string& text, const nlohmann::json& context,
                             bool escape_html) const;

  private:
    struct Source;  // what render_parsed renders (template_renderer.cpp)
    RenderedText render_parsed(const Source& source, const TemplateContext& context) const;
    Diagnostics syntax_problems(const std::string& source_name, const std::string& text,
                                const std::string& kainjow_message) const;

    const TemplateSet& templates_;
    const AuthorityRegistry* registry_;
};

}  // namespace amparo::render

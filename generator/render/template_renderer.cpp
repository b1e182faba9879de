// The parsed template of the set's cache rendered over the shared context, with the lambdas and,
// where they are not inlined, the partials of the set.
#include "render/template_renderer.hpp"

#include <kainjow/mustache.hpp>
#include <set>

#include "document/placeholder_mark.hpp"
#include "render/citation_check.hpp"
#include "render/markdown_escape.hpp"
#include "render/standalone_lines.hpp"
#include "render/tag_scanner.hpp"
#include "render/template_cache.hpp"
#include "render/template_context_data.hpp"
#include "render/template_structure.hpp"

namespace amparo::render {

namespace {

namespace mustache = kainjow::mustache;
using nlohmann::json;

// What one rendering accumulates while the lambdas run.
struct RenderState {
    const AuthorityRegistry* registry = nullptr;
    const TemplateSet* templates = nullptr;
    std::string source;                 // the rendered template's path
    const std::string* text = nullptr;  // and its text
    std::vector<std::string> cited;
    std::set<std::string> cited_set;
    std::set<std::pair<std::string, bool>> refused;  // reported once per rendering
    int paragraph = 0;
    std::map<std::string, std::vector<int>> declaration_paragraphs;
    Diagnostics problems;

    // The lambda is handed only the key: the problem is reported where the template (or one
    // of its partials) writes that citation, with lint-templates' message.
    void refuse(const std::string& key, bool history) {
        if (!refused.emplace(key, history).second) return;
        std::vector<CitationSite> sites = citation_sites(*text, source);
        auto more = citation_sites(*templates);
        sites.insert(sites.end(), more.begin(), more.end());
        CitationSite where{source, 0, 0, key, history};
        for (const auto& site : sites) {
            if (site.key == key && site.history == history) {
                where = site;
                break;
            }
        }
        if (auto problem = citation_problem(where, *registry))
            problems.push_back(std::move(*problem));
    }

    std::string cite(const std::string& key, bool history) {
        const Authority* authority = registry ? registry->find(key) : nullptr;
        if (!authority) {
            if (registry) refuse(key, history);
            return std::string(document::kPlaceholderMark) + "[[TO COMPLETE: citation '" + key +
                   "' is not in the registry]]";
        }
        if (!history && citation_refusal(*authority)) {
            refuse(key, history);
            return std::string(document::kPlaceholderMark) + "[[TO COMPLETE: citation '" + key +
                   "' may not be cited]]";
        }
        bool first = cited_set.insert(key).second;
        if (first) cited.push_back(key);
        return "[" + (first ? authority->full : authority->short_form) + "](authority:" + key + ")";
    }

    // One numbered paragraph; continuation lines are indented under the number.
    // `key` is the paragraph_key of the fact being told ("incident:shop-beating"), empty for
    // paragraphs the brief never cites.
    std::string numbered(const std::string& rendered, const std::string& key) {
        ++paragraph;
        if (!key.empty()) declaration_paragraphs[key].push_back(paragraph);
        std::string marker = std::to_string(paragraph) + ". ";
        std::string indent(marker.size(), ' ');
        std::string body = trimmed(rendered);
        std::string out = marker;
        for (char c : body) {
            out += c;
            if (c == '\n') out += indent;
        }
        return out + "\n";
    }
};

// Partials as kainjow's partial tags find them, where they are not inlined: every template of the
// set by name, and the indented variants that standalone indented partial tags use.
void register_partials(mustache::data& layer, const TemplateSet& templates,
                       const StandaloneResult& rendered) {
    TemplateCache& cache = templates.cache();
    const auto partial_of = [](const std::string& text) {
        return mustache::partial{[&text] { return text; }};
    };
    std::set<std::pair<std::string, std::string>> wanted = rendered.indented_partials;
    for (const auto& [name, file] : templates.files()) {
        const StandaloneResult& prepared = cache.prepared(templates, name);
        wanted.insert(prepared.indented_partials.begin(), prepared.indented_partials.end());
        layer.set(name, partial_of(prepared.text));
    }
    std::set<std::pair<std::string, std::string>> done;
    while (!wanted.empty()) {
        auto request = *wanted.begin();
        wanted.erase(wanted.begin());
        if (!done.insert(request).second) continue;
        const StandaloneResult& indented = cache.prepared(templates, request.first, request.second);
        wanted.insert(indented.indented_partials.begin(), indented.indented_partials.end());
        layer.set(indented_partial_name(request.first, request.second), partial_of(indented.text));
    }
}

}  // namespace

// kainjow names a byte offset in the text it was given, which is not the template file (its
// standalone lines are removed first) and, for an error inside a partial, not even the file
// rendered: the structure checks find the file, line and column instead.
Diagnostics TemplateRenderer::syntax_problems(const std::string& source_name,
                                              const std::string& text,
                                              const std::string& kainjow_message) const {
    Diagnostics problems = structure_problems(TemplateFile{source_name, source_name, text});
    if (problems.empty()) problems = structure_problems(templates_);
    if (problems.empty()) {
        problems.push_back(
            {source_name, 0, 0, Severity::Error, "", "template syntax: " + kainjow_message, ""});
    }
    return problems;
}

// What render_parsed renders: the template as written (where diagnostics point), its prepared
// text, and the parsed template, made from the prepared text with its partials inlined or not.
struct TemplateRenderer::Source {
    std::string name;  // the template's path, or "(text)"
    const std::string* text = nullptr;
    const StandaloneResult* prepared = nullptr;
    TemplateCache::Parsed* parsed = nullptr;
    bool partials_inlined = false;
    bool escape_html = false;
};

RenderedText TemplateRenderer::render(const std::string& template_name,
                                      const TemplateContext& context) const {
    const TemplateFile* file = templates_.find(template_name);
    if (!file) {
        RenderedText missing;
        missing.problems.push_back({template_name, 0, 0, Severity::Error, "",
                                    "no template named '" + template_name + "'",
                                    "templates are named by their path below the templates "
                                    "folder, without .mustache"});
        return missing;
    }
    TemplateCache& cache = templates_.cache();
    bool inlined =
        context.may_inline_partials(templates_) && cache.inlined(templates_, template_name);
    auto parsed = cache.take(templates_, template_name, inlined);
    Source source{file->path.string(), &file->text, &cache.prepared(templates_, template_name),
                  parsed.get(),        inlined,     false};
    RenderedText result = render_parsed(source, context);
    if (parsed->is_valid()) cache.give_back(template_name, inlined, std::move(parsed));
    return result;
}

RenderedText TemplateRenderer::render_text(const std::string& text, const nlohmann::json& context,
                                           bool escape_html) const {
    TemplateContext converted(context, templates_);
    StandaloneResult prepared = TemplateCache::prepare(text);
    std::optional<std::string> inlined;
    if (converted.data().value.is_object() && converted.may_inline_partials(templates_))
        inlined = templates_.cache().inlined_text(templates_, prepared);
    TemplateCache::Parsed parsed{inlined ? *inlined : prepared.text};
    return render_parsed({"(text)", &text, &prepared, &parsed, inlined.has_value(), escape_html},
                         converted);
}

RenderedText TemplateRenderer::render_parsed(const Source& source,
                                             const TemplateContext& context) const {
    const mustache::data& data = context.data().value;
    TemplateCache::Parsed& tmpl = *source.parsed;
    if (!data.is_object()) {
        // Only the Mustache spec renders against a list or a string: no partials or lambdas.
        tmpl.set_custom_escape([](const std::string& s) { return mustache::html_escape(s); });
        RenderedText result;
        result.markdown = tmpl.render(data);
        return result;
    }
    RenderState state;
    state.registry = registry_;
    state.templates = &templates_;
    state.source = source.name;
    state.text = source.text;
    // Partials and lambdas sit in a layer over the shared context, as if set in it.
    mustache::data layer{mustache::data::type::object};
    if (!source.partials_inlined) register_partials(layer, templates_, *source.prepared);
    layer.set("cite",
              mustache::lambda2{[&state](const std::string& key, const mustache::renderer&) {
                  return state.cite(trimmed(key), false);
              }});
    layer.set("cite_history",
              mustache::lambda2{[&state](const std::string& key, const mustache::renderer&) {
                  return state.cite(trimmed(key), true);
              }});
    layer.set("para", mustache::lambda2{
                          [&state](const std::string& body, const mustache::renderer& render) {
                              return state.numbered(render(body), render("{{{paragraph_key}}}"));
                          }});

    RenderedText result;
    if (source.escape_html) {
        tmpl.set_custom_escape([](const std::string& s) { return mustache::html_escape(s); });
    } else {
        tmpl.set_custom_escape(escape_markdown);
    }
    if (!tmpl.is_valid()) {
        result.problems = syntax_problems(source.name, *source.text, tmpl.error_message());
        return result;
    }
    mustache::context<std::string> stack{&data};
    stack.push(&layer);
    result.markdown = tmpl.render(stack);
    if (!tmpl.is_valid())
        result.problems = syntax_problems(source.name, *source.text, tmpl.error_message());
    result.cited = std::move(state.cited);
    result.declaration_paragraphs = std::move(state.declaration_paragraphs);
    for (auto& problem : state.problems) result.problems.push_back(std::move(problem));
    return result;
}

}  // namespace amparo::render

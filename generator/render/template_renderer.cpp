// kainjow data built from JSON, the lambdas, and the partials of the set.
#include "render/template_renderer.hpp"

#include <kainjow/mustache.hpp>
#include <set>

#include "document/placeholder_mark.hpp"
#include "render/citation_check.hpp"
#include "render/markdown_escape.hpp"
#include "render/standalone_lines.hpp"
#include "render/tag_scanner.hpp"
#include "render/template_structure.hpp"

namespace amparo::render {

namespace {

namespace mustache = kainjow::mustache;
using nlohmann::json;

mustache::data to_data(const json& value) {
    switch (value.type()) {
        case json::value_t::object: {
            mustache::data object{mustache::data::type::object};
            for (const auto& [key, child] : value.items()) {
                if (!child.is_null()) object.set(key, to_data(child));
            }
            return object;
        }
        case json::value_t::array: {
            mustache::data list{mustache::data::type::list};
            for (const auto& child : value) list.push_back(to_data(child));
            return list;
        }
        case json::value_t::string:
            return mustache::data{value.get<std::string>()};
        case json::value_t::boolean:
            return mustache::data{value.get<bool>() ? mustache::data::type::bool_true
                                                    : mustache::data::type::bool_false};
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            return mustache::data{std::to_string(value.get<long long>())};
        case json::value_t::number_float: {
            std::string text = value.dump();
            return mustache::data{text};
        }
        default:
            return mustache::data{mustache::data::type::bool_false};
    }
}

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

// A template's text as Mustache renders it: its placeholders marked as its own, standalone tag
// lines removed.
StandaloneResult prepare(const std::string& template_text) {
    return remove_standalone_lines(document::mark_template_placeholders(template_text));
}

// Partials by name, and the indented variants that standalone indented partial tags use.
void register_indented_partials(mustache::data& data, const TemplateSet& templates,
                                std::set<std::pair<std::string, std::string>> wanted) {
    std::set<std::pair<std::string, std::string>> done;
    while (!wanted.empty()) {
        auto request = *wanted.begin();
        wanted.erase(wanted.begin());
        if (!done.insert(request).second) continue;
        const TemplateFile* file = templates.find(request.first);
        std::string body = file ? file->text : "";
        StandaloneResult indented = prepare(indent_lines(body, request.second));
        for (const auto& more : indented.indented_partials) wanted.insert(more);
        std::string partial_text = indented.text;
        data.set(indented_partial_name(request.first, request.second),
                 mustache::partial{[partial_text] { return partial_text; }});
    }
}

void register_partials(mustache::data& data, const TemplateSet& templates) {
    std::set<std::pair<std::string, std::string>> indented;
    for (const auto& [name, file] : templates.files()) {
        StandaloneResult prepared = prepare(file.text);
        indented.insert(prepared.indented_partials.begin(), prepared.indented_partials.end());
        std::string partial_text = prepared.text;
        data.set(name, mustache::partial{[partial_text] { return partial_text; }});
    }
    register_indented_partials(data, templates, indented);
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

RenderedText TemplateRenderer::render(const std::string& template_name,
                                      const nlohmann::json& context) const {
    const TemplateFile* file = templates_.find(template_name);
    if (!file) {
        RenderedText missing;
        missing.problems.push_back({template_name, 0, 0, Severity::Error, "",
                                    "no template named '" + template_name + "'",
                                    "templates are named by their path below the templates "
                                    "folder, without .mustache"});
        return missing;
    }
    return render_source(file->path.string(), file->text, context, false);
}

RenderedText TemplateRenderer::render_text(const std::string& text, const nlohmann::json& context,
                                           bool escape_html) const {
    return render_source("(text)", text, context, escape_html);
}

RenderedText TemplateRenderer::render_source(const std::string& source_name,
                                             const std::string& text, const nlohmann::json& context,
                                             bool escape_html) const {
    RenderState state;
    state.registry = registry_;
    state.templates = &templates_;
    state.source = source_name;
    state.text = &text;
    mustache::data data = to_data(context);
    StandaloneResult main_text = prepare(text);
    if (!data.is_object()) {
        // Only the Mustache spec renders against a list or a string: no partials or lambdas.
        mustache::mustache plain{main_text.text};
        plain.set_custom_escape([](const std::string& s) { return mustache::html_escape(s); });
        RenderedText result;
        result.markdown = plain.render(data);
        return result;
    }
    register_partials(data, templates_);
    data.set("cite", mustache::lambda2{[&state](const std::string& key, const mustache::renderer&) {
                 return state.cite(trimmed(key), false);
             }});
    data.set("cite_history",
             mustache::lambda2{[&state](const std::string& key, const mustache::renderer&) {
                 return state.cite(trimmed(key), true);
             }});
    data.set("para",
             mustache::lambda2{[&state](const std::string& body, const mustache::renderer& render) {
                 return state.numbered(render(body), render("{{{paragraph_key}}}"));
             }});

    register_indented_partials(data, templates_, main_text.indented_partials);
    mustache::mustache tmpl{main_text.text};
    RenderedText result;
    if (escape_html) {
        tmpl.set_custom_escape([](const std::string& s) { return mustache::html_escape(s); });
    } else {
        tmpl.set_custom_escape(escape_markdown);
    }
    if (!tmpl.is_valid()) {
        result.problems = syntax_problems(source_name, text, tmpl.error_message());
        return result;
    }
    result.markdown = tmpl.render(data);
    if (!tmpl.is_valid())
        result.problems = syntax_problems(source_name, text, tmpl.error_message());
    result.cited = std::move(state.cited);
    result.declaration_paragraphs = std::move(state.declaration_paragraphs);
    for (auto& problem : state.problems) result.problems.push_back(std::move(problem));
    return result;
}

}  // namespace amparo::render

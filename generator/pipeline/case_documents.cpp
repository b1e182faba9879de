// Two passes: the declaration's paragraph numbers feed the context of the other documents.
#include "pipeline/case_documents.hpp"

#include <algorithm>
#include <mutex>

#include "document/from_commonmark.hpp"
#include "document/placeholder_mark.hpp"
#include "document/plain_text.hpp"
#include "document/typographic_quotes.hpp"
#include "docx/docx_options.hpp"
#include "markdown/markdown_writer.hpp"
#include "pipeline/profile_check.hpp"
#include "render/case_context.hpp"
#include "render/consistency_context.hpp"
#include "render/template_renderer.hpp"

namespace amparo::pipeline {

namespace {

const char* kDeclaration = "declaration/declaration";
const char* kConsistencyMemo = "consistency/consistency";
// The PDF embeds Liberation Serif (pdf/font_files.cpp); the DOCX names TextDefaults' font.
const char* kPdfTypeface = "Liberation Serif (metrically identical to Times New Roman)";

std::string category_title(const std::string& category) {
    if (category == "case") return "Cases";
    if (category == "statute") return "Statutes";
    if (category == "regulation") return "Regulations";
    return "Other Authorities";
}

// The inlines of a registry citation, parsed once per process: every document cites from the
// same registry, and a CommonMark parse per citation per document was 0.4% of a build. The texts
// kept are those of the registries loaded, a few hundred short strings.
std::vector<document::Inline> citation_inlines(const std::string& markdown) {
    static std::mutex mutex;
    static std::map<std::string, std::vector<document::Inline>, std::less<>> parsed;
    std::lock_guard lock(mutex);
    auto found = parsed.find(markdown);
    if (found == parsed.end()) {
        auto blocks = document::parse_commonmark(markdown, "authorities.yaml").document.blocks;
        found = parsed
                    .emplace(markdown, blocks.empty() ? std::vector<document::Inline>{}
                                                      : std::move(blocks[0].inlines))
                    .first;
    }
    return found->second;
}

// The table of authorities: what the document cited, grouped Cases, Statutes, Regulations,
// Other, each group in the order of the registry's sort names.
std::vector<document::AuthorityEntry> table_of_authorities(
    const std::vector<std::string>& cited, const render::AuthorityRegistry& registry) {
    std::vector<const render::Authority*> entries;
    for (const auto& key : cited) {
        if (const auto* authority = registry.find(key)) entries.push_back(authority);
    }
    auto rank = [](const std::string& category) {
        return category == "case"         ? 0
               : category == "statute"    ? 1
               : category == "regulation" ? 2
                                          : 3;
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const auto* a, const auto* b) {
        return std::make_pair(rank(a->category), a->name) <
               std::make_pair(rank(b->category), b->name);
    });
    std::vector<document::AuthorityEntry> table;
    for (const auto* authority : entries) {
        table.push_back({authority->key, category_title(authority->category),
                         citation_inlines(authority->full),
                         document::plain_text(citation_inlines(authority->short_form))});
    }
    return table;
}

CaseDocument make_document(const std::string& name, const render::RenderedText& rendered,
                           const render::AuthorityRegistry& registry, Diagnostics& problems) {
    CaseDocument out;
    out.name = name;
    auto parsed = document::parse_commonmark(rendered.markdown, name + ".md");
    out.model = std::move(parsed.document);
    out.model.authorities = table_of_authorities(rendered.cited, registry);
    document::use_typographic_quotes(out.model);
    out.markdown = markdown::write_markdown(out.model);
    out.placeholders = document::placeholders(out.model);
    problems.insert(problems.end(), rendered.problems.begin(), rendered.problems.end());
    problems.insert(problems.end(), parsed.problems.begin(), parsed.problems.end());
    return out;
}

render::ContextInputs first_pass_inputs(const LoadedCase& loaded,
                                        const render::TemplateSet& templates,
                                        const render::AuthorityRegistry& registry,
                                        const std::map<std::string, int>& exhibit_pages,
                                        const std::map<std::string, std::string>& packet_pages,
                                        render::RenderedText* declaration) {
    render::ContextInputs inputs;
    inputs.exhibit_pages = exhibit_pages;
    inputs.exhibit_packet_pages = packet_pages;
    render::TemplateRenderer renderer(templates, &registry);
    render::RenderedText rendered =
        renderer.render(kDeclaration, render::build_case_context(loaded.data, loaded.view, inputs));
    inputs.declaration_paragraphs = rendered.declaration_paragraphs;
    if (declaration) *declaration = std::move(rendered);
    return inputs;
}

}  // namespace

CaseDocuments render_case_documents(const LoadedCase& loaded, const render::TemplateSet& templates,
                                    const render::AuthorityRegistry& registry,
                                    const std::map<std::string, int>& exhibit_pages,
                                    const profile::CourtProfile* brief_profile,
                                    const std::map<std::string, std::string>& packet_pages) {
    CaseDocuments result;
    render::RenderedText declaration;
    auto inputs =
        first_pass_inputs(loaded, templates, registry, exhibit_pages, packet_pages, &declaration);
    auto context = render::build_case_context(loaded.data, loaded.view, inputs);
    render::TemplateRenderer renderer(templates, &registry);
    // Converted for the renderer once, for every document below.
    auto converted = renderer.context(context);

    result.documents.push_back(
        make_document("declaration", declaration, registry, result.problems));
    result.documents.push_back(
        make_document("exhibit-index", renderer.render("exhibit-index/exhibit-index", converted),
                      registry, result.problems));
    auto brief = renderer.render("brief/brief", converted);
    if (brief_profile && brief_profile->word_limit > 0) {
        auto parsed = document::parse_commonmark(brief.markdown, "brief.md");
        converted.set("brief_word_count",
                      std::to_string(counted_words(parsed.document, *brief_profile)));
        converted.set("brief_font_size",
                      std::to_string(static_cast<int>(brief_profile->font_size)));
        converted.set("brief_typeface", kPdfTypeface);
        brief = renderer.render("brief/brief", converted);
        converted.set("brief_typeface", docx::TextDefaults().font);
        Diagnostics said_already;  // the same template and case: the same problems
        auto docx_brief = make_document("brief", renderer.render("brief/brief", converted),
                                        registry, said_already);
        result.documents.push_back(make_document("brief", brief, registry, result.problems));
        result.documents.back().docx_model = std::move(docx_brief.model);
    } else {
        result.documents.push_back(make_document("brief", brief, registry, result.problems));
    }
    if (context.value("has_prior_statements", false)) {
        result.documents.push_back(make_document("consistency",
                                                 renderer.render(kConsistencyMemo, converted),
                                                 registry, result.problems));
        result.prior_statements = render::consistency_report(context);
    }
    return result;
}

std::string render_one_template(const LoadedCase& loaded, const render::TemplateSet& templates,
                                const render::AuthorityRegistry& registry,
                                const std::string& template_name, Diagnostics& problems) {
    auto inputs = first_pass_inputs(loaded, templates, registry, {}, {}, nullptr);
    render::TemplateRenderer renderer(templates, &registry);
    auto rendered = renderer.render(template_name,
                                    render::build_case_context(loaded.data, loaded.view, inputs));
    problems.insert(problems.end(), rendered.problems.begin(), rendered.problems.end());
    return document::without_placeholder_marks(rendered.markdown);
}

}  // namespace amparo::pipeline

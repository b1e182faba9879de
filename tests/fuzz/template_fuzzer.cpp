// Fuzz target: template text (as a firm's --templates copy could hold it) rendered against a
// fixed sample case with the shipped templates' partials and the authorities registry, then
// parsed into the document model as the pipeline does with every rendered document.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "document/from_commonmark.hpp"
#include "document/plain_text.hpp"
#include "document/typographic_quotes.hpp"
#include "pipeline/build_settings.hpp"
#include "pipeline/checked_case.hpp"
#include "render/case_context.hpp"
#include "render/template_renderer.hpp"
#include "support/test_paths.hpp"

namespace {

// Loaded once: templates, registry and the sample's context do not change between inputs.
struct TemplateFuzzSetup {
    amparo::pipeline::BuildSettings settings;
    nlohmann::json context;
};

// The context the brief is rendered with: exhibit pages read from the sample's PDFs, and the
// declaration's paragraph numbers from a first pass (as pipeline/case_documents.cpp does).
nlohmann::json sample_context(const amparo::pipeline::BuildSettings& settings) {
    const auto source = amparo::testing::source_dir();
    amparo::Diagnostics problems;
    auto schema = amparo::CaseSchema::load(source / "schemas/case.schema.json", problems);
    if (!schema) throw std::runtime_error("schemas/case.schema.json does not load");
    // The sample with the most incidents, exhibit files and claims: the richest context.
    auto checked = amparo::pipeline::load_checked_case(
        source / "samples/ramirez-business-extortion.yaml", *schema, {{2026, 1, 15}}, problems);
    if (!checked) throw std::runtime_error("samples/ramirez-business-extortion.yaml does not load");
    amparo::render::ContextInputs inputs;
    inputs.exhibit_pages = checked->exhibit_pages;
    amparo::render::TemplateRenderer renderer(settings.templates, &settings.registry);
    inputs.declaration_paragraphs =
        renderer
            .render("declaration/declaration",
                    amparo::render::build_case_context(checked->loaded.data, checked->loaded.view,
                                                       inputs))
            .declaration_paragraphs;
    return amparo::render::build_case_context(checked->loaded.data, checked->loaded.view, inputs);
}

TemplateFuzzSetup make_setup() {
    amparo::Diagnostics problems;
    auto settings = amparo::pipeline::load_build_settings(
        amparo::testing::source_dir() / "templates", {"md"}, problems);
    if (!settings) throw std::runtime_error("templates/ does not load");
    auto context = sample_context(*settings);
    return {std::move(*settings), std::move(context)};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const TemplateFuzzSetup setup = make_setup();
    const std::string text(reinterpret_cast<const char*>(data), size);
    amparo::render::TemplateRenderer renderer(setup.settings.templates, &setup.settings.registry);
    auto rendered = renderer.render_text(text, setup.context, false);
    for (const auto& problem : rendered.problems) amparo::format_diagnostic(problem);
    auto parsed = amparo::document::parse_commonmark(rendered.markdown, "fuzz.md");
    amparo::document::use_typographic_quotes(parsed.document);
    amparo::document::placeholders(parsed.document);
    return 0;
}

// `amparo lint-templates [--templates DIR]`: the static template checks, then every template
// rendered against every sample case.
#include <iostream>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/report_printer.hpp"
#include "cli/sample_checks.hpp"
#include "cli/subcommands.hpp"
#include "cli/template_gate.hpp"

namespace amparo::cli {

namespace {

struct LintOptions {
    std::string templates;
    std::string samples;
    FormatOption format;
};

int run_lint(const LintOptions& options) {
    Diagnostics diagnostics;
    const auto data = default_data_dir();
    const auto folder =
        options.templates.empty() ? data / "templates" : std::filesystem::path(options.templates);
    auto templates = render::TemplateSet::load(folder, diagnostics);
    auto registry = render::AuthorityRegistry::load(folder / "authorities.yaml", diagnostics);
    auto schema = CaseSchema::load(case_schema_path(data), diagnostics);
    std::optional<render::LintResult> result;
    if (templates && registry && schema)
        result = lint_template_set(*templates, *registry, *schema, diagnostics);
    if (!result) {
        print_text_diagnostics(diagnostics);
        return kExitUsage;
    }
    diagnostics.insert(diagnostics.end(), result->diagnostics.begin(), result->diagnostics.end());
    if (!has_errors(diagnostics)) {
        const auto samples =
            options.samples.empty() ? data / "samples" : std::filesystem::path(options.samples);
        auto found =
            check_samples({*templates, *registry, *schema, result->guarded_placeholders, samples});
        diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    }
    print_diagnostics(diagnostics, options.format);
    if (options.format.format() == OutputFormat::Text) {
        std::cerr << templates->files().size() << " templates checked: "
                  << (has_errors(diagnostics) ? "errors found" : "no errors") << "\n";
    }
    return has_errors(diagnostics) ? kExitInvalid : kExitOk;
}

}  // namespace

Subcommand add_lint_templates_command(CLI::App& app) {
    auto options = std::make_shared<LintOptions>();
    CLI::App* command = app.add_subcommand(
        "lint-templates",
        "Check templates: names, partials, sections, citations, and rendering of the samples");
    command->add_option("--templates", options->templates,
                        "Folder of templates (default: the shipped ones)");
    command->add_option("--samples", options->samples,
                        "Folder of sample cases to render (default: samples/)");
    add_format_option(*command, options->format);
    command->footer(
        "Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage or environment error.");
    return {command, [options] { return run_lint(*options); }};
}

}  // namespace amparo::cli

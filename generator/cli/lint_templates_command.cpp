// `amparo lint-templates [--templates DIR]`: the static template checks, then every template
// rendered against every sample case.
#include <fstream>
#include <iostream>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/case_inputs.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "legal/civil_date.hpp"
#include "pipeline/case_documents.hpp"
#include "render/case_context.hpp"
#include "render/template_lint.hpp"

namespace amparo::cli {

namespace {

struct LintOptions {
    std::string templates;
    std::string samples;
    FormatOption format;
};

std::optional<nlohmann::json> read_json(const std::filesystem::path& file,
                                        Diagnostics& diagnostics) {
    std::ifstream in(file);
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        diagnostics.push_back({file.string(), 0, 0, Severity::Error, "",
                               std::string("cannot read: ") + e.what(), ""});
        return std::nullopt;
    }
}

// True when a dotted path names a value that Mustache treats as set.
bool is_set(const nlohmann::json& context, const std::string& path) {
    const nlohmann::json* node = &context;
    std::size_t start = 0;
    while (true) {
        auto dot = path.find('.', start);
        std::string part =
            path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!node->is_object() || !node->contains(part)) return false;
        node = &(*node)[part];
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    if (node->is_boolean()) return node->get<bool>();
    if (node->is_array()) return !node->empty();
    return !node->is_null();
}

// Renders every document for each sample: a failure to render, or a placeholder shown for a
// sample that has the fact, is an error.
void check_samples(const render::TemplateSet& templates, const render::AuthorityRegistry& registry,
                   const CaseSchema& schema, const std::vector<render::GuardedPlaceholder>& guarded,
                   const std::filesystem::path& samples, Diagnostics& diagnostics) {
    CaseInputs inputs = collect_case_files({samples.string()});
    for (const auto& file : inputs.files) {
        Diagnostics load_problems;
        auto loaded = load_case(file, schema, load_problems);
        if (!loaded) {
            diagnostics.push_back({file.string(), 0, 0, Severity::Error, "",
                                   "sample case does not validate", "run amparo validate on it"});
            continue;
        }
        auto documents = pipeline::render_case_documents(*loaded, templates, registry, {});
        for (const auto& problem : documents.problems) {
            Diagnostic d = problem;
            d.message =
                "renders with an error for sample " + file.filename().string() + ": " + d.message;
            diagnostics.push_back(d);
        }
        auto context = render::build_case_context(loaded->data, {});
        for (const auto& document : documents.documents) {
            for (const auto& shown : document.placeholders) {
                for (const auto& guard : guarded) {
                    if (guard.text == shown && is_set(context, guard.path)) {
                        diagnostics.push_back(
                            {templates.folder().string(), 0, 0, Severity::Error, "",
                             "placeholder '" + shown + "' appears in " + document.name +
                                 " for sample " + file.filename().string() + ", which has " +
                                 guard.path,
                             "tie the placeholder to the field it stands for"});
                    }
                }
            }
        }
    }
}

int run_lint(const LintOptions& options) {
    Diagnostics diagnostics;
    const auto data = default_data_dir();
    const auto folder =
        options.templates.empty() ? data / "templates" : std::filesystem::path(options.templates);
    auto templates = render::TemplateSet::load(folder, diagnostics);
    auto registry = render::AuthorityRegistry::load(folder / "authorities.yaml", diagnostics);
    auto case_schema = read_json(case_schema_path(data), diagnostics);
    auto context_schema = read_json(data / "schemas" / "context.schema.json", diagnostics);
    auto schema = CaseSchema::load(case_schema_path(data), diagnostics);
    if (!templates || !registry || !case_schema || !context_schema || !schema) {
        print_diagnostics(diagnostics, OutputFormat::Text);
        return kExitUsage;
    }
    render::LintInputs inputs{*templates, *registry, *case_schema, *context_schema,
                              legal::today_utc()};
    auto result = render::lint_templates(inputs);
    diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    if (!has_errors(diagnostics)) {
        const auto samples =
            options.samples.empty() ? data / "samples" : std::filesystem::path(options.samples);
        check_samples(*templates, *registry, *schema, result.guarded_placeholders, samples,
                      diagnostics);
    }
    print_diagnostics(diagnostics, options.format.format());
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
    command->add_option("--format", options->format.value, "Output: text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    command->footer(
        "Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage or environment error.");
    return {command, [options] { return run_lint(*options); }};
}

}  // namespace amparo::cli

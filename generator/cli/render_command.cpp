// `amparo render TEMPLATE --case FILE`: one template against one case, to standard output.
#include <iostream>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "cli/template_gate.hpp"
#include "pipeline/case_documents.hpp"

namespace amparo::cli {

namespace {

struct RenderOptions {
    std::string template_name;
    std::string case_file;
    std::string templates;
    FormatOption format;
};

int run_render(const RenderOptions& options) {
    Diagnostics diagnostics;
    const auto folder = options.templates.empty() ? default_data_dir() / "templates"
                                                  : std::filesystem::path(options.templates);
    auto schema = CaseSchema::load(case_schema_path(default_data_dir()), diagnostics);
    auto templates = render::TemplateSet::load(folder, diagnostics);
    auto registry = render::AuthorityRegistry::load(folder / "authorities.yaml", diagnostics);
    if (!schema || !templates || !registry) {
        print_text_diagnostics(diagnostics);
        return kExitUsage;
    }
    std::string name = options.template_name;
    if (name.size() > 9 && name.substr(name.size() - 9) == ".mustache")
        name.resize(name.size() - 9);
    if (!templates->find(name)) {
        std::cerr << "amparo render: no template '" << name << "' in " << folder.string()
                  << " (name it by its path below that folder, e.g. brief/brief)\n";
        return kExitUsage;
    }
    // Standard output holds the rendered text: the diagnostics go to stderr in every format.
    if (auto refused = refuse_templates(*templates, *registry, *schema, options.format, std::cerr))
        return *refused;
    auto loaded = load_case(options.case_file, *schema, diagnostics);
    if (!loaded) {
        print_diagnostics(diagnostics, options.format, std::cerr);
        return kExitInvalid;
    }
    std::cout << pipeline::render_one_template(*loaded, *templates, *registry, name, diagnostics);
    print_diagnostics(diagnostics, options.format, std::cerr);
    return has_errors(diagnostics) ? kExitInvalid : kExitOk;
}

}  // namespace

Subcommand add_render_command(CLI::App& app) {
    auto options = std::make_shared<RenderOptions>();
    CLI::App* command = app.add_subcommand(
        "render", "Render one template against one case to standard output (for template authors)");
    command
        ->add_option("template", options->template_name,
                     "Template name, e.g. brief/brief or arguments/cat")
        ->required();
    command->add_option("--case", options->case_file, "The case file")->required();
    command->add_option("--templates", options->templates,
                        "Folder of templates (default: shipped)");
    add_format_option(*command, options->format);
    command->footer(
        "The templates are checked first, as lint-templates checks them: a set with errors is "
        "refused.\nThe rendered text goes to stdout, so the diagnostics go to stderr in every "
        "--format.\nExit codes: 0 rendered, 1 template or case errors, 2 usage error.");
    return {command, [options] { return run_render(*options); }};
}

}  // namespace amparo::cli

// `amparo build PATH... -o OUT`: validate each case, then write its documents under OUT/<case-id>/.
#include <iostream>
#include <map>
#include <set>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/case_inputs.hpp"
#include "cli/internal_error.hpp"
#include "cli/interrupts.hpp"
#include "cli/output_folder.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "pipeline/build_case.hpp"
#include "pipeline/case_folder.hpp"
#include "pipeline/checked_case.hpp"

namespace amparo::cli {

namespace {

struct BuildOptions {
    std::vector<std::string> paths;
    std::string out_dir;
    FormatOption format;
    std::string templates;
    std::vector<std::string> formats = {"pdf", "docx"};
    std::string reference_docx;
    bool share_with_group = false;
};

// What one case came to; a case that fails for any reason never stops the batch.
enum class CaseOutcome { Built, Failed, Interrupted };

CaseOutcome build_one(const std::filesystem::path& file, const CaseSchema& schema,
                      const pipeline::BuildSettings& settings, const pipeline::BuildOutput& output,
                      const legal::CheckContext& context,
                      std::map<std::string, std::string>& case_ids, Diagnostics& diagnostics) {
    auto checked = pipeline::load_checked_case(file, schema, context, diagnostics);
    if (!checked) return CaseOutcome::Failed;
    const LoadedCase& loaded = checked->loaded;
    const std::string id = loaded.data["case"]["id"].get<std::string>();
    auto [claimed, inserted] = case_ids.emplace(id, loaded.display_name);
    if (!inserted) {
        SourcePos pos = loaded.positions.value_pos("/case/id");
        diagnostics.push_back({loaded.display_name, pos.line, pos.column, Severity::Error,
                               "case.id", "case id '" + id + "' is also used by " + claimed->second,
                               "each case needs its own id: it names the output folder"});
        return CaseOutcome::Failed;
    }
    auto result = pipeline::build_case(*checked, settings, output);
    diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    if (result.interrupted) return CaseOutcome::Interrupted;
    return has_errors(result.diagnostics) ? CaseOutcome::Failed : CaseOutcome::Built;
}

int run_build(const BuildOptions& options) {
    if (auto problem = output_folder_problem(options.out_dir)) {
        std::cerr << "amparo: " << *problem << "\n";
        return kExitUsage;
    }
    CaseInputs inputs = collect_case_files(options.paths);
    for (const auto& problem : inputs.problems) std::cerr << "amparo: " << problem << "\n";
    if (!inputs.problems.empty()) return kExitUsage;

    Diagnostics diagnostics;
    auto schema = CaseSchema::load(case_schema_path(default_data_dir()), diagnostics);
    const auto templates = options.templates.empty() ? default_data_dir() / "templates"
                                                     : std::filesystem::path(options.templates);
    auto settings = pipeline::load_build_settings(
        templates, std::set<std::string>(options.formats.begin(), options.formats.end()),
        diagnostics);
    if (!schema || !settings) {
        print_diagnostics(diagnostics, OutputFormat::Text);
        return kExitUsage;
    }
    if (!options.reference_docx.empty()) settings->reference_docx = options.reference_docx;
    const legal::CheckContext context{legal::today_utc()};
    pipeline::remove_abandoned_staging(options.out_dir);
    InterruptWatch interrupt;
    const pipeline::BuildOutput output{
        options.out_dir, options.share_with_group ? pipeline::kOwnerAndGroup : pipeline::kOwnerOnly,
        &interrupt.requested()};
    std::size_t built = 0;
    std::size_t failed = 0;
    bool interrupted = false;
    std::map<std::string, std::string> case_ids;  // id -> file that claimed it
    for (const auto& file : inputs.files) {
        if (interrupt.requested().load()) {
            interrupted = true;
            break;
        }
        CaseOutcome outcome = CaseOutcome::Failed;
        try {
            outcome = build_one(file, *schema, *settings, output, context, case_ids, diagnostics);
        } catch (const std::exception& e) {
            diagnostics.push_back(internal_error(file, e.what()));
        }
        if (outcome == CaseOutcome::Interrupted) {
            interrupted = true;
            break;
        }
        ++(outcome == CaseOutcome::Built ? built : failed);
    }
    print_diagnostics(diagnostics, options.format.format());
    if (interrupted) {
        std::cerr << "amparo: interrupted (signal " << interrupt.signal_number() << "): " << built
                  << " of " << inputs.files.size() << " case"
                  << (inputs.files.size() == 1 ? "" : "s") << " built into " << options.out_dir
                  << ", " << failed << " failed; the case in progress was not written\n";
        return kExitUsage;
    }
    if (options.format.format() == OutputFormat::Text) {
        std::cerr << built << " case" << (built == 1 ? "" : "s") << " built into "
                  << options.out_dir << ", " << failed << " failed\n";
    }
    return failed == 0 ? kExitOk : kExitInvalid;
}

}  // namespace

Subcommand add_build_command(CLI::App& app) {
    auto options = std::make_shared<BuildOptions>();
    CLI::App* command =
        app.add_subcommand("build", "Validate case files and write their documents");
    command->add_option("paths", options->paths, "Case files, or folders of *.yaml case files")
        ->required();
    command->add_option("-o,--out", options->out_dir, "Output folder (one subfolder per case)")
        ->required();
    command
        ->add_option("--format", options->format.value,
                     "Diagnostics output: text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    command->add_option(
        "--templates", options->templates,
        "Folder of templates, authorities.yaml and profiles/ (default: the shipped ones)");
    command->add_option("--formats", options->formats, "Outputs, comma-separated: pdf, docx, md")
        ->delimiter(',')
        ->check(CLI::IsMember({"pdf", "docx", "md"}));
    // pandoc spells it --reference-doc; users coming from pandoc type that.
    command->add_option("--reference-docx,--reference-doc", options->reference_docx,
                        "A firm's .docx whose styles, margins and letterhead the DOCX outputs use");
    command->add_flag("--share-with-group", options->share_with_group,
                      "Let the owner's group read the outputs (files 0640, folders 0750); by "
                      "default only the owner can (0600, 0700), as asylum records are "
                      "confidential");
    command->footer(
        "Exit codes: 0 all built, 1 some case invalid or not built, 2 usage or environment error, "
        "or interrupted.\nEach case folder OUT/<case-id>/ is replaced as a whole: an invalid, "
        "failed or interrupted case writes nothing, and its earlier outputs stay as they were.");
    return {command, [options] { return run_build(*options); }};
}

}  // namespace amparo::cli

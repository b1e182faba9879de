// `amparo build PATH... -o OUT`: validate each case, then write its documents under OUT/<case-id>/,
// on -j worker threads, skipping the cases whose inputs did not change since their last build.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <set>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/batch_printer.hpp"
#include "cli/case_inputs.hpp"
#include "cli/interrupts.hpp"
#include "cli/output_folder.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "cli/summary_table.hpp"
#include "cli/template_gate.hpp"
#include "pipeline/atomic_file.hpp"
#include "pipeline/batch_build.hpp"
#include "pipeline/batch_summary.hpp"
#include "pipeline/build_inputs.hpp"
#include "pipeline/case_folder.hpp"
#include "pipeline/library_setup.hpp"
#include "pipeline/worker_pool.hpp"

namespace amparo::cli {

namespace {

namespace fs = std::filesystem;

struct BuildOptions {
    std::vector<std::string> paths;
    std::string out_dir;
    FormatOption format;
    std::string templates;
    std::vector<std::string> formats = {"pdf", "docx"};
    std::string reference_docx;
    bool share_with_group = false;
    unsigned jobs = 0;  // 0: one per core
    bool quiet = false;
    bool strict = false;
    bool force = false;
    std::string shard;
};

// The cases of this run: all of them, or the shard's slice of the path-sorted list.
std::optional<std::vector<fs::path>> cases_to_build(const BuildOptions& options,
                                                    std::optional<pipeline::Shard>& shard) {
    CaseInputs inputs = collect_case_files(options.paths);
    for (const auto& problem : inputs.problems) std::cerr << "amparo: " << problem << "\n";
    if (!inputs.problems.empty()) return std::nullopt;
    if (options.shard.empty()) return inputs.files;
    std::string error;
    shard = pipeline::parse_shard(
        options.shard, [](const char* name) { return std::getenv(name); }, error);
    if (!shard) {
        std::cerr << "amparo: " << error << "\n";
        return std::nullopt;
    }
    // Every shard must cut the same list, whatever order the paths were given in.
    std::sort(inputs.files.begin(), inputs.files.end());
    auto range = pipeline::shard_range(*shard, inputs.files.size());
    return std::vector<fs::path>(inputs.files.begin() + static_cast<std::ptrdiff_t>(range.first),
                                 inputs.files.begin() + static_cast<std::ptrdiff_t>(range.last));
}

// summary.json beside the case folders; not when no case got as far as making OUT.
void write_summary(const fs::path& out_dir, const pipeline::BatchSummary& summary) {
    std::error_code error;
    if (!fs::is_directory(out_dir, error)) return;
    const fs::path file = out_dir / pipeline::summary_file_name(summary.shard);
    if (auto failure =
            pipeline::write_file_atomically(file, pipeline::summary_json_text(summary))) {
        std::cerr << "amparo: no summary written: " << *failure << "\n";
    }
}

std::string cases_word(std::size_t count) { return count == 1 ? " case" : " cases"; }

int run_build(const BuildOptions& options) {
    if (auto problem = output_folder_problem(options.out_dir)) {
        std::cerr << "amparo: " << *problem << "\n";
        return kExitUsage;
    }
    std::optional<pipeline::Shard> shard;
    auto files = cases_to_build(options, shard);
    if (!files) return kExitUsage;
    // Watched from here on, so that Ctrl-C while the templates, fonts and earlier outputs are
    // read still ends with a message and exit code 2 rather than death by the signal.
    InterruptWatch interrupt;

    Diagnostics setup_problems;
    const fs::path schema_file = case_schema_path(default_data_dir());
    auto schema = CaseSchema::load(schema_file, setup_problems);
    const auto templates =
        options.templates.empty() ? default_data_dir() / "templates" : fs::path(options.templates);
    auto settings = pipeline::load_build_settings(
        templates, std::set<std::string>(options.formats.begin(), options.formats.end()),
        setup_problems);
    if (settings && options.strict) {
        settings->strict =
            pipeline::SkeletonExamples::load(templates / "new-case.yaml", setup_problems);
    }
    if (!schema || !settings || has_errors(setup_problems)) {
        print_text_diagnostics(setup_problems);
        return kExitUsage;
    }
    if (auto refused = refuse_templates(settings->templates, settings->registry, *schema,
                                        options.format, std::cout)) {
        return *refused;
    }
    if (!options.reference_docx.empty()) settings->reference_docx = options.reference_docx;
    const legal::CheckContext context{today_utc()};
    const auto permissions =
        options.share_with_group ? pipeline::kOwnerAndGroup : pipeline::kOwnerOnly;
    pipeline::remove_abandoned_staging(options.out_dir);
    pipeline::prepare_libraries_for_threads();
    if (interrupt.requested().load()) {
        std::cerr << "amparo: interrupted (signal " << interrupt.signal_number()
                  << ") before any case was built; nothing was written\n";
        return kExitUsage;
    }

    const pipeline::BuildOutput output{options.out_dir, permissions, &interrupt.requested()};
    const pipeline::BatchInputs inputs{
        *files,
        *schema,
        *settings,
        output,
        context,
        pipeline::batch_inputs_hash(*settings, schema_file, permissions, to_iso(context.today)),
        options.force,
        pipeline::previous_case_ids(options.out_dir)};
    pipeline::BatchBuild batch(inputs);
    const ProgressStyle style = progress_style(options.quiet);
    // The table and totals on stderr accompany the streamed formats; JSON and SARIF stand alone.
    const bool text = options.format.streamed();
    BatchPrinter printer(style, colour_wanted(style), options.format);
    pipeline::BatchSummary summary{shard, {}};
    summary.cases = pipeline::run_batch(
        *files, options.jobs == 0 ? pipeline::default_jobs() : options.jobs, &interrupt.requested(),
        [&](std::size_t index, const pipeline::CaseDone& done) { batch.build(index, done); },
        printer);
    printer.finish();
    write_summary(options.out_dir, summary);

    const auto totals = pipeline::totals_of(summary.cases);
    if (options.format.format() == OutputFormat::Json) {
        std::cout << pipeline::summary_json_text(summary, {options.out_dir, true});
    } else if (options.format.format() == OutputFormat::Sarif) {
        Diagnostics all;
        for (const auto& report : summary.cases)
            all.insert(all.end(), report.diagnostics.begin(), report.diagnostics.end());
        print_diagnostics(all, options.format);
    }
    if (text && !options.quiet) print_summary_table(std::cerr, summary.cases, colour_wanted(style));
    // A signal after the last case finished stopped nothing.
    if (interrupt.requested().load() && totals.interrupted + totals.not_built > 0) {
        std::cerr << "amparo: interrupted (signal " << interrupt.signal_number()
                  << "): " << totals.built << " of " << totals.cases << cases_word(totals.cases)
                  << " built into " << options.out_dir << ", " << totals.failed
                  << " failed; the cases in progress were not written\n";
        return kExitUsage;
    }
    if (text && !options.quiet) {
        std::cerr << totals.built << cases_word(totals.built) << " built into " << options.out_dir
                  << ", " << totals.unchanged << " unchanged, " << totals.failed << " failed\n";
    }
    return totals.failed == 0 ? kExitOk : kExitInvalid;
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
    add_format_option(*command, options->format,
                      "each case's status, folder, counts and diagnostics");
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
    command->add_option("-j,--jobs", options->jobs, "Cases built at once (default: one per core)")
        ->check(CLI::Range(1u, 1024u));
    command->add_flag("-q,--quiet", options->quiet,
                      "No progress and no summary table: only the problems found");
    command->add_flag("--strict", options->strict,
                      "Fail a case whose documents keep [[TO COMPLETE]] placeholders or that still "
                      "holds example text of the `amparo new` skeleton");
    command->add_flag("--force", options->force,
                      "Build every case, even those whose inputs did not change since their last "
                      "build");
    command->add_option("--shard", options->shard,
                        "K/N: build only the K-th of N slices of the path-sorted cases (1-based); "
                        "auto/N takes K from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID");
    command->footer(
        "Exit codes: 0 all built or unchanged, 1 some case invalid or not built, 2 usage or "
        "environment error, or interrupted.\nEach case folder OUT/<case-id>/ is replaced as a "
        "whole: an invalid, failed or interrupted case writes nothing, and its earlier outputs "
        "stay as they were. A case whose inputs (case file, exhibits, templates, profiles, "
        "registry, fonts, options, amparo's version) are unchanged since its last build is "
        "skipped. OUT/summary.json (summary-K-of-N.json for a shard) lists every case.");
    return {command, [options] { return run_build(*options); }};
}

}  // namespace amparo::cli

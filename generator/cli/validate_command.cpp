// `amparo validate PATH...`: every problem of every case file, in one pass, on -j threads.
#include <iostream>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/batch_printer.hpp"
#include "cli/case_inputs.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "pipeline/batch_runner.hpp"
#include "pipeline/checked_case.hpp"
#include "pipeline/internal_error.hpp"
#include "pipeline/library_setup.hpp"
#include "pipeline/worker_pool.hpp"

namespace amparo::cli {

namespace {

struct ValidateOptions {
    std::vector<std::string> paths;
    FormatOption format;
    unsigned jobs = 0;  // 0: one per core
};

pipeline::CaseReport validate_one(const std::filesystem::path& file, const CaseSchema& schema,
                                  const legal::CheckContext& context) {
    pipeline::CaseReport report;
    report.file = file.string();
    try {
        pipeline::load_checked_case(file, schema, context, report.diagnostics);
    } catch (const std::exception& e) {
        report.diagnostics.push_back(pipeline::internal_error(file, e.what()));
    }
    report.status =
        has_errors(report.diagnostics) ? pipeline::CaseStatus::Failed : pipeline::CaseStatus::Built;
    return report;
}

int run_validate(const ValidateOptions& options) {
    auto inputs = case_files_and_schema(options.paths);
    if (!inputs) return kExitUsage;
    const auto& files = inputs->files;
    Diagnostics diagnostics;
    const legal::CheckContext context{today_utc()};
    pipeline::prepare_libraries_for_threads();
    const bool text = options.format.format() == OutputFormat::Text;
    // Validation is quick: progress would only flicker; the diagnostics stream as cases finish.
    BatchPrinter printer(ProgressStyle::Quiet, false, options.format);
    auto reports = pipeline::run_batch(
        files, options.jobs == 0 ? pipeline::default_jobs() : options.jobs, nullptr,
        [&](std::size_t index, const pipeline::CaseDone& done) {
            done(validate_one(files[index], inputs->schema, context));
        },
        printer);
    std::size_t invalid = 0;
    for (const auto& report : reports) {
        invalid += report.status == pipeline::CaseStatus::Failed;
        diagnostics.insert(diagnostics.end(), report.diagnostics.begin(), report.diagnostics.end());
    }
    if (!options.format.streamed()) print_diagnostics(diagnostics, options.format);
    if (text) {
        std::cerr << files.size() << " case file" << (files.size() == 1 ? "" : "s")
                  << " checked: " << files.size() - invalid << " valid, " << invalid
                  << " invalid\n";
    }
    return invalid == 0 ? kExitOk : kExitInvalid;
}

}  // namespace

Subcommand add_validate_command(CLI::App& app) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* command = app.add_subcommand(
        "validate", "Check case files against the schema and each other; report every problem");
    command->add_option("paths", options->paths, "Case files, or folders of *.yaml case files")
        ->required();
    add_format_option(*command, options->format);
    command
        ->add_option("-j,--jobs", options->jobs,
                     "Case files checked at once (default: one per core)")
        ->check(CLI::Range(1u, 1024u));
    command->footer(
        "Exit codes: 0 all valid, 1 some case invalid, 2 usage or environment error.\n"
        "Problems are printed as FILE:LINE:COL: error: PATH: message.");
    return {command, [options] { return run_validate(*options); }};
}

}  // namespace amparo::cli

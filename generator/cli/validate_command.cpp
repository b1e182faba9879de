// `amparo validate PATH...`: every problem of every case file, in one pass.
#include <iostream>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/case_inputs.hpp"
#include "cli/internal_error.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "pipeline/checked_case.hpp"

namespace amparo::cli {

namespace {

struct ValidateOptions {
    std::vector<std::string> paths;
    FormatOption format;
};

int run_validate(const ValidateOptions& options) {
    CaseInputs inputs = collect_case_files(options.paths);
    for (const auto& problem : inputs.problems) std::cerr << "amparo: " << problem << "\n";
    if (!inputs.problems.empty()) return kExitUsage;

    Diagnostics diagnostics;
    auto schema = CaseSchema::load(case_schema_path(default_data_dir()), diagnostics);
    if (!schema) {
        print_diagnostics(diagnostics, OutputFormat::Text);
        return kExitUsage;
    }
    const legal::CheckContext context{legal::today_utc()};
    std::size_t invalid = 0;
    for (const auto& file : inputs.files) {
        std::size_t before = diagnostics.size();
        try {
            pipeline::load_checked_case(file, *schema, context, diagnostics);
        } catch (const std::exception& e) {
            diagnostics.push_back(internal_error(file, e.what()));
        }
        if (has_errors(Diagnostics(diagnostics.begin() + static_cast<std::ptrdiff_t>(before),
                                   diagnostics.end()))) {
            ++invalid;
        }
    }
    print_diagnostics(diagnostics, options.format.format());
    if (options.format.format() == OutputFormat::Text) {
        std::cerr << inputs.files.size() << " case file" << (inputs.files.size() == 1 ? "" : "s")
                  << " checked: " << inputs.files.size() - invalid << " valid, " << invalid
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
    command->add_option("--format", options->format.value, "Output: text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    command->footer(
        "Exit codes: 0 all valid, 1 some case invalid, 2 usage or environment error.\n"
        "Problems are printed as FILE:LINE:COL: error: PATH: message.");
    return {command, [options] { return run_validate(*options); }};
}

}  // namespace amparo::cli

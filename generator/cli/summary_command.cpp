// `amparo summary OUT...`: the summaries of a batch's shards (or of one build) joined into one
// table, with what is missing or inconsistent between them.
#include <iostream>

#include "cli/app.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "cli/summary_table.hpp"
#include "pipeline/batch_summary.hpp"

namespace amparo::cli {

namespace {

namespace fs = std::filesystem;

struct SummaryOptions {
    std::vector<std::string> paths;
    FormatOption format;
};

// A folder stands for the summaries in it; a file for itself.
std::vector<fs::path> summary_paths(const std::vector<std::string>& given,
                                    std::vector<std::string>& problems) {
    std::vector<fs::path> files;
    for (const auto& path : given) {
        std::error_code error;
        if (!fs::is_directory(path, error)) {
            files.emplace_back(path);
            continue;
        }
        auto found = pipeline::summary_files(path);
        if (found.empty()) problems.push_back(path + ": no summary.json or summary-K-of-N.json");
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

int run_summary(const SummaryOptions& options) {
    std::vector<std::string> problems;
    std::vector<pipeline::BatchSummary> summaries;
    for (const auto& file : summary_paths(options.paths, problems)) {
        std::string error;
        if (auto summary = pipeline::read_summary(file, error)) {
            summaries.push_back(std::move(*summary));
        } else {
            problems.push_back(error);
        }
    }
    for (const auto& problem : problems) std::cerr << "amparo: " << problem << "\n";
    if (!problems.empty()) return kExitUsage;

    auto merged = pipeline::merge_summaries(summaries);
    for (const auto& problem : merged.problems) std::cerr << "amparo: " << problem << "\n";
    if (options.format.format() == OutputFormat::Json) {
        std::cout << pipeline::summary_json_text(merged.batch);
    } else {
        print_summary_table(std::cout, merged.batch.cases, false);
    }
    const auto totals = pipeline::totals_of(merged.batch.cases);
    const bool complete = totals.failed + totals.interrupted + totals.not_built == 0;
    return complete && merged.problems.empty() ? kExitOk : kExitInvalid;
}

}  // namespace

Subcommand add_summary_command(CLI::App& app) {
    auto options = std::make_shared<SummaryOptions>();
    CLI::App* command = app.add_subcommand(
        "summary", "Join the summaries of a batch's shards (or builds) into one table");
    command
        ->add_option("paths", options->paths,
                     "Output folders of `amparo build` (their summary*.json), or summary files")
        ->required();
    command->add_option("--format", options->format.value, "Output: text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    command->footer(
        "Exit codes: 0 every case built or unchanged and every shard present, 1 some case not "
        "built, a shard missing, or a case in two shards, 2 a summary missing or unreadable.");
    return {command, [options] { return run_summary(*options); }};
}

}  // namespace amparo::cli

// `amparo test-templates [--templates DIR] [--cases DIR] [--update]`: renders every case of the
// folder and compares each document with its snapshot beside the case, so that a template change
// reaches nobody's filing unreviewed.
#include <fstream>
#include <iostream>
#include <sstream>

#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/case_inputs.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "cli/template_gate.hpp"
#include "pipeline/atomic_file.hpp"
#include "pipeline/checked_case.hpp"
#include "pipeline/template_snapshots.hpp"
#include "pipeline/text_diff.hpp"

namespace amparo::cli {

namespace {

namespace fs = std::filesystem;

struct TestTemplatesOptions {
    std::string templates;
    std::string cases;
    bool update = false;
    FormatOption format;
};

struct Tally {
    std::size_t documents = 0;
    std::size_t differ = 0;
    std::size_t updated = 0;
};

std::optional<std::string> read_snapshot(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The snapshot's first line that differs (1-based), where the annotation goes.
int first_differing_line(const std::string& snapshot, const std::string& rendered) {
    auto changes =
        pipeline::changes_between(pipeline::split_lines(snapshot), pipeline::split_lines(rendered));
    if (changes.empty()) return 1;
    return static_cast<int>(changes.front().old_begin) + 1;
}

void test_case(const fs::path& file, const CaseSchema& schema,
               const pipeline::BuildSettings& settings, const TestTemplatesOptions& options,
               std::ostream& diffs, Diagnostics& diagnostics, Tally& tally) {
    const legal::CheckContext context{today_utc()};
    // A case's warnings are validate's business; an error means it cannot be rendered.
    Diagnostics loading;
    auto checked = pipeline::load_checked_case(file, schema, context, loading);
    for (const auto& problem : loading) {
        if (problem.severity == Severity::Error) diagnostics.push_back(problem);
    }
    if (!checked) return;
    Diagnostics problems;
    auto documents = pipeline::snapshot_documents(*checked, settings, problems);
    const bool failed = has_errors(problems);
    diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
    if (failed) return;
    const fs::path folder = pipeline::snapshot_folder(file);
    for (const auto& document : documents) {
        ++tally.documents;
        const fs::path snapshot = folder / (document.name + ".md");
        auto expected = read_snapshot(snapshot);
        if (expected && *expected == document.text) continue;
        if (options.update) {
            std::error_code error;
            fs::create_directories(folder, error);
            if (auto failure = pipeline::write_file_atomically(snapshot, document.text)) {
                diagnostics.push_back({snapshot.string(), 0, 0, Severity::Error, "", *failure,
                                       "check that the cases folder is writable"});
            } else {
                ++tally.updated;
            }
            continue;
        }
        ++tally.differ;
        if (!expected) {
            diagnostics.push_back({snapshot.string(), 0, 0, Severity::Error, "",
                                   "no snapshot of " + document.name + " for " + file.string(),
                                   "run amparo test-templates --update, read the new snapshot "
                                   "and commit it"});
            continue;
        }
        diffs << pipeline::unified_diff(
            *expected, document.text, snapshot.generic_string(),
            document.name + ".md as the templates render it for " + file.generic_string());
        diagnostics.push_back(
            {snapshot.string(), first_differing_line(*expected, document.text), 1, Severity::Error,
             "",
             document.name + " of " + file.filename().string() + " no longer matches its snapshot",
             "read the diff; if the change is intended, run amparo "
             "test-templates --update and commit the snapshots with it"});
    }
}

int run_test_templates(const TestTemplatesOptions& options) {
    const fs::path data = default_data_dir();
    const fs::path folder =
        options.templates.empty() ? data / "templates" : fs::path(options.templates);
    const std::string cases = options.cases.empty() ? (data / "samples").string() : options.cases;
    auto inputs = case_files_and_schema({cases});
    if (!inputs) return kExitUsage;
    int exit_code = kExitOk;
    auto settings = checked_markdown_settings(folder, inputs->schema, options.format, exit_code);
    if (!settings) return exit_code;

    // The diffs are for people: on stdout beside text or annotations, on stderr when stdout
    // holds a JSON or SARIF document.
    std::ostream& diffs = options.format.streamed() ? std::cout : std::cerr;
    Diagnostics diagnostics;
    Tally tally;
    for (const auto& file : inputs->files)
        test_case(file, inputs->schema, *settings, options, diffs, diagnostics, tally);
    print_diagnostics(diagnostics, options.format);
    std::cerr << inputs->files.size() << " case" << (inputs->files.size() == 1 ? "" : "s") << ", "
              << tally.documents << " documents: ";
    if (options.update) {
        std::cerr << tally.updated << " snapshot" << (tally.updated == 1 ? "" : "s")
                  << " written\n";
    } else {
        std::cerr << tally.documents - tally.differ << " match their snapshots, " << tally.differ
                  << " differ\n";
    }
    return has_errors(diagnostics) ? kExitInvalid : kExitOk;
}

}  // namespace

Subcommand add_test_templates_command(CLI::App& app) {
    auto options = std::make_shared<TestTemplatesOptions>();
    CLI::App* command = app.add_subcommand(
        "test-templates",
        "Render every case of a folder and compare each document with its reviewed snapshot");
    command->add_option("--templates", options->templates,
                        "Folder of templates (default: the shipped ones)");
    command->add_option("--cases", options->cases,
                        "Folder of case files; each case's snapshots are in <case>.expected/ "
                        "beside it (default: samples/)");
    command->add_flag("--update", options->update,
                      "Write the snapshots that differ or are missing, for review in the pull "
                      "request, instead of failing");
    add_format_option(*command, options->format);
    command->footer(
        "Each snapshot <case>.expected/<document>.md is the document's Markdown text, as `build "
        "--formats md` writes it. A difference prints a unified diff and fails.\nExit codes: 0 "
        "every document matches (or was updated), 1 a difference, a missing snapshot or an "
        "invalid case, 2 usage or environment error.");
    return {command, [options] { return run_test_templates(*options); }};
}

}  // namespace amparo::cli

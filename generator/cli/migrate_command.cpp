// `amparo migrate FILE...`: rewrites version-1 case files as version 2, in place, keeping the
// original beside it; a result that would not validate is never written.
#include <iostream>

#include "casefile/case_migration.hpp"
#include "casefile/case_schema.hpp"
#include "casefile/case_source.hpp"
#include "casefile/case_version.hpp"
#include "casefile/data_paths.hpp"
#include "casefile/field_checks.hpp"
#include "casefile/reference_checks.hpp"
#include "cli/app.hpp"
#include "cli/case_inputs.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "pipeline/atomic_file.hpp"

namespace amparo::cli {

namespace {

namespace fs = std::filesystem;

struct MigrateOptions {
    std::vector<std::string> paths;
    FormatOption format;
};

// The checks `validate` makes that the migration can change: schema, ids, version-1 names.
bool text_is_valid(const std::string& text, const std::string& display, const CaseSchema& schema,
                   Diagnostics& diagnostics) {
    Diagnostics found;
    auto document = yaml_to_json(text, display, found);
    if (document) {
        numbers_to_text_where_text_expected(schema.json(), *document);
        Diagnostics checked = schema.validate(*document, display);
        Diagnostics references = check_references(*document, display);
        found.insert(found.end(), checked.begin(), checked.end());
        found.insert(found.end(), references.begin(), references.end());
        if (!has_errors(found)) read_as_current_version(*document, display, found);
    }
    const bool valid = document && !has_errors(found);
    for (auto& problem : found) {
        if (problem.severity == Severity::Error) diagnostics.push_back(std::move(problem));
    }
    return valid;
}

// Returns false when the file could not be migrated.
bool migrate_file(const fs::path& file, const CaseSchema& schema, Diagnostics& diagnostics) {
    const std::string display = file.string();
    auto text = read_case_source(file, display, diagnostics);
    if (!text) return false;
    // A file with errors is fixed first, at the lines the user sees.
    if (!text_is_valid(*text, display, schema, diagnostics)) return false;
    auto migration = migrate_case_text(*text, display, diagnostics);
    if (!migration) return false;
    if (migration->text == *text) {
        std::cerr << display << ": already version " << kCurrentCaseFileVersion << "\n";
        return true;
    }
    if (!text_is_valid(migration->text, display + " (as migrated)", schema, diagnostics)) {
        return false;
    }
    fs::path backup = file;
    backup += ".v1.bak";
    std::error_code error;
    if (!fs::exists(backup, error)) {
        if (auto failure = pipeline::write_file_atomically(backup, *text)) {
            std::cerr << "amparo: " << *failure << "\n";
            return false;
        }
    }
    if (auto failure = pipeline::write_file_atomically(file, migration->text)) {
        std::cerr << "amparo: " << *failure << "\n";
        return false;
    }
    std::cerr << display << ": now version " << kCurrentCaseFileVersion << " ("
              << migration->renamed << " field" << (migration->renamed == 1 ? "" : "s")
              << " renamed; " << migration->reviews.size() << " marked \"# amparo migrate:\" for "
              << "review); the original is kept as " << backup.string() << "\n";
    return true;
}

int run_migrate(const MigrateOptions& options) {
    auto inputs = case_files_and_schema(options.paths);
    if (!inputs) return kExitUsage;
    Diagnostics diagnostics;
    std::size_t failed = 0;
    for (const auto& file : inputs->files) {
        if (!migrate_file(file, inputs->schema, diagnostics)) ++failed;
    }
    print_diagnostics(diagnostics, options.format);
    return failed == 0 ? kExitOk : kExitInvalid;
}

}  // namespace

Subcommand add_migrate_command(CLI::App& app) {
    auto options = std::make_shared<MigrateOptions>();
    CLI::App* command = app.add_subcommand(
        "migrate", "Rewrite version-1 case files as version 2, keeping comments and order");
    command->add_option("paths", options->paths, "Case files, or folders of *.yaml case files")
        ->required();
    add_format_option(*command, options->format);
    command->footer(
        "Each file is rewritten in place only when the result validates; the original is kept\n"
        "as FILE.v1.bak. Lines whose text must be read again (its voice, a field with no\n"
        "automatic equivalent) get a \"# amparo migrate:\" comment above them.\n"
        "Exit codes: 0 all migrated or already current, 1 some file not migrated, 2 usage error.");
    return {command, [options] { return run_migrate(*options); }};
}

}  // namespace amparo::cli

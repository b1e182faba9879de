// `amparo new CASE-ID`: writes a commented skeleton case file for a paralegal to fill in.
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>

#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/subcommands.hpp"
#include "pipeline/atomic_file.hpp"
#include "pipeline/skeleton_examples.hpp"

namespace amparo::cli {

namespace {

struct NewOptions {
    std::string case_id;
    std::string out_file;
};

int run_new(const NewOptions& options) {
    namespace fs = std::filesystem;
    static const std::regex slug("[a-z0-9][a-z0-9-]{0,62}");
    if (!std::regex_match(options.case_id, slug)) {
        std::cerr << "amparo new: '" << options.case_id
                  << "' is not a usable case id: use lowercase letters, digits and dashes "
                     "(e.g. garcia-2026), at most 63 characters\n";
        return kExitUsage;
    }
    const fs::path target =
        options.out_file.empty() ? fs::path(options.case_id + ".yaml") : fs::path(options.out_file);
    std::error_code error;
    if (fs::exists(target, error)) {
        std::cerr << "amparo new: " << target.string()
                  << " already exists; not overwriting it (choose another name with -o)\n";
        return kExitUsage;
    }
    const fs::path data = default_data_dir();
    std::ifstream in(data / "templates" / "new-case.yaml");
    if (!in) {
        std::cerr << "amparo new: cannot read the skeleton " << (data / "templates/new-case.yaml")
                  << "; set AMPARO_DATA_DIR to the folder holding templates/\n";
        return kExitUsage;
    }
    std::ostringstream skeleton;
    skeleton << in.rdbuf();

    // The editor line points at the schema relative to where the new file lands.
    const fs::path folder = fs::absolute(target).parent_path();
    fs::path schema = fs::relative(case_schema_path(fs::absolute(data)), folder, error);
    if (error || schema.empty()) schema = fs::absolute(case_schema_path(data));
    const std::string text =
        pipeline::fill_skeleton(skeleton.str(), options.case_id, schema.string());

    if (auto failure = pipeline::write_file_atomically(target, text)) {
        std::cerr << "amparo new: " << *failure << "\n";
        return kExitUsage;
    }
    std::cout << "wrote " << target.string() << "; fill it in, then run: amparo validate "
              << target.string() << "\n";
    return kExitOk;
}

}  // namespace

Subcommand add_new_command(CLI::App& app) {
    auto options = std::make_shared<NewOptions>();
    CLI::App* command =
        app.add_subcommand("new", "Write a commented skeleton case file to fill in");
    command->add_option("case-id", options->case_id, "Id of the new case (e.g. garcia-2026)")
        ->required();
    command->add_option("-o,--out", options->out_file, "File to write (default: CASE-ID.yaml)");
    return {command, [options] { return run_new(*options); }};
}

}  // namespace amparo::cli

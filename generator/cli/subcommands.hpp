// The table of subcommands: each file in cli/ registers one with the application.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <vector>

namespace amparo::cli {

struct Subcommand {
    CLI::App* app = nullptr;
    std::function<int()> run;  // runs after parsing; returns the exit code
};

Subcommand add_validate_command(CLI::App& app);
Subcommand add_build_command(CLI::App& app);
Subcommand add_new_command(CLI::App& app);
Subcommand add_render_command(CLI::App& app);
Subcommand add_lint_templates_command(CLI::App& app);
Subcommand add_migrate_command(CLI::App& app);
Subcommand add_summary_command(CLI::App& app);
Subcommand add_test_templates_command(CLI::App& app);
Subcommand add_diff_templates_command(CLI::App& app);

// Every subcommand, in the order --help lists them.
std::vector<Subcommand> all_subcommands(CLI::App& app);

}  // namespace amparo::cli

// The subcommand table, in the order --help lists them.
#include "cli/subcommands.hpp"

namespace amparo::cli {

std::vector<Subcommand> all_subcommands(CLI::App& app) {
    return {
        add_new_command(app),
        add_validate_command(app),
        add_build_command(app),
        add_render_command(app),
        add_lint_templates_command(app),
        add_test_templates_command(app),
        add_diff_templates_command(app),
        add_migrate_command(app),
        add_summary_command(app),
    };
}

}  // namespace amparo::cli

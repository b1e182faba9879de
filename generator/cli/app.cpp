// Builds the CLI11 application from the subcommand files and runs the chosen one.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "casefile/nearest_name.hpp"
#include "cli/subcommands.hpp"

#ifndef AMPARO_VERSION
#define AMPARO_VERSION "0.0.0"
#endif

namespace amparo::cli {

namespace {

int run_command_line(int argc, char** argv) {
    CLI::App app{"amparo: asylum case files in, first-draft filings out", "amparo"};
    app.set_version_flag("--version", std::string("amparo ") + AMPARO_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);

    std::vector<Subcommand> subcommands = all_subcommands(app);
    if (argc <= 1) {
        // "A subcommand is required" alone leaves a new user guessing: show what there is.
        std::cerr << app.help();
        return kExitUsage;
    }
    if (argc > 1 && argv[1][0] != '-') {
        // CLI11 would only say "A subcommand is required"; name the likely command instead.
        std::vector<std::string> names;
        for (const auto& subcommand : subcommands) names.push_back(subcommand.app->get_name());
        std::string given = argv[1];
        if (std::find(names.begin(), names.end(), given) == names.end()) {
            std::cerr << "amparo: unknown command '" << given << "'";
            if (auto nearest = nearest_name(given, names))
                std::cerr << "; did you mean '" << *nearest << "'?";
            std::cerr << "\nRun amparo --help for the commands.\n";
            return kExitUsage;
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kExitUsage;
    }
    for (auto& subcommand : subcommands) {
        if (subcommand.app->parsed()) return subcommand.run();
    }
    return kExitUsage;
}

}  // namespace

int run(int argc, char** argv) {
    // Each command catches per case; this is the last line, so that no exception, whatever its
    // origin, ends the process with an abort and a core instead of a message and exit code 2.
    try {
        return run_command_line(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "amparo: internal error: " << e.what() << "\n";
    } catch (...) {
        std::cerr << "amparo: internal error\n";
    }
    return kExitUsage;
}

}  // namespace amparo::cli

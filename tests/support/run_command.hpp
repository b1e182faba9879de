// Runs an external program (amparo itself, pdftotext, qpdf, soffice) and captures what it prints.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace amparo::testing {

struct CommandResult {
    int exit_code = -1;
    std::string out;  // standard output
    std::string err;  // standard error
};

// Runs argv[0] with the given arguments (no shell), optionally in a working folder.
CommandResult run_command(const std::vector<std::string>& argv,
                          const std::filesystem::path& working_dir = {});

// True when a program of that name is on PATH.
bool program_available(const std::string& name);

}  // namespace amparo::testing

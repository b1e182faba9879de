// Runs the built amparo binary, as a user would, from the repository root.
#pragma once

#include <string>
#include <vector>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo::testing {

inline CommandResult run_amparo(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), amparo_binary().string());
    return run_command(arguments, source_dir());
}

inline std::string fixture(const std::string& relative) {
    return (source_dir() / "tests/casefile/fixtures" / relative).string();
}

}  // namespace amparo::testing

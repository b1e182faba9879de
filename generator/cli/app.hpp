// The command-line front end: parses arguments, dispatches to one subcommand, returns the exit
// code.
#pragma once

namespace amparo::cli {

// Exit codes, documented in the README.
inline constexpr int kExitOk = 0;       // everything valid / built
inline constexpr int kExitInvalid = 1;  // some case (or template) has errors
inline constexpr int kExitUsage = 2;    // usage or environment error

int run(int argc, char** argv);

}  // namespace amparo::cli

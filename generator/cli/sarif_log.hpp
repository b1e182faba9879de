// Diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the file
// GitHub code scanning, GitLab and editors' SARIF viewers read.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "casefile/diagnostic.hpp"

namespace amparo::cli {

struct SarifTool {
    std::string version;  // amparo's
    std::string command;  // the subcommand that found the problems: the results' rule id
};

// One run with one result per diagnostic. Files below `workspace` (the working folder) are given
// as relative URI references, others as file: URIs.
nlohmann::json sarif_log(const Diagnostics& diagnostics, const SarifTool& tool,
                         const std::string& workspace);

}  // namespace amparo::cli

// Expanding the PATH... arguments of validate and build into case files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "casefile/case_schema.hpp"

namespace amparo::cli {

struct CaseInputs {
    std::vector<std::filesystem::path> files;  // in a stable order
    std::vector<std::string> problems;         // paths that do not exist or hold no case file
};

// A file stands for itself; a folder for the *.yaml and *.yml files directly in it, sorted.
CaseInputs collect_case_files(const std::vector<std::string>& paths);

struct CaseFilesAndSchema {
    std::vector<std::filesystem::path> files;
    CaseSchema schema;
};

// The case files named by `paths` and the shipped schema; nullopt, after printing why (a path
// that holds no case file, an unreadable schema), when either is missing: a usage error.
std::optional<CaseFilesAndSchema> case_files_and_schema(const std::vector<std::string>& paths);

}  // namespace amparo::cli

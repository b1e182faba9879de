// Expanding the PATH... arguments of validate and build into case files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace amparo::cli {

struct CaseInputs {
    std::vector<std::filesystem::path> files;  // in a stable order
    std::vector<std::string> problems;         // paths that do not exist or hold no case file
};

// A file stands for itself; a folder for the *.yaml and *.yml files directly in it, sorted.
CaseInputs collect_case_files(const std::vector<std::string>& paths);

}  // namespace amparo::cli

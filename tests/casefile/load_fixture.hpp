// Loads a fixture case through the real loader and formats what it reports.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "support/test_paths.hpp"

namespace amparo::testing {

inline const CaseSchema& shipped_schema() {
    static const CaseSchema schema = [] {
        Diagnostics problems;
        auto loaded = CaseSchema::load(case_schema_path(source_dir()), problems);
        if (!loaded) throw std::runtime_error("the shipped schema does not load");
        return std::move(*loaded);
    }();
    return schema;
}

// Every diagnostic for the file, formatted without the file name (tests name the file already).
inline std::vector<std::string> load_messages(const std::filesystem::path& file) {
    Diagnostics diagnostics;
    load_case(file, shipped_schema(), diagnostics);
    std::vector<std::string> messages;
    for (auto diagnostic : diagnostics) {
        diagnostic.file.clear();
        diagnostic.hint.clear();
        messages.push_back(format_diagnostic(diagnostic));
    }
    return messages;
}

}  // namespace amparo::testing

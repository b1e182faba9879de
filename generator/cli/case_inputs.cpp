// Turns command-line paths into the list of case files, sorted for deterministic batches.
#include "cli/case_inputs.hpp"

#include <algorithm>
#include <iostream>
#include <system_error>

#include "casefile/data_paths.hpp"
#include "cli/report_printer.hpp"

namespace amparo::cli {

CaseInputs collect_case_files(const std::vector<std::string>& paths) {
    namespace fs = std::filesystem;
    CaseInputs inputs;
    for (const auto& given : paths) {
        std::error_code error;
        fs::path path = given;
        if (fs::is_directory(path, error)) {
            std::vector<fs::path> found;
            for (const auto& entry : fs::directory_iterator(path, error)) {
                auto extension = entry.path().extension();
                if (entry.is_regular_file(error) && (extension == ".yaml" || extension == ".yml")) {
                    found.push_back(entry.path());
                }
            }
            std::sort(found.begin(), found.end());
            if (found.empty())
                inputs.problems.push_back(given + ": no *.yaml case files in this folder");
            inputs.files.insert(inputs.files.end(), found.begin(), found.end());
        } else if (fs::exists(path, error)) {
            inputs.files.push_back(path);
        } else {
            inputs.problems.push_back(given + ": no such file or folder");
        }
    }
    return inputs;
}

std::optional<CaseFilesAndSchema> case_files_and_schema(const std::vector<std::string>& paths) {
    CaseInputs inputs = collect_case_files(paths);
    for (const auto& problem : inputs.problems) std::cerr << "amparo: " << problem << "\n";
    if (!inputs.problems.empty()) return std::nullopt;
    Diagnostics diagnostics;
    auto schema = CaseSchema::load(case_schema_path(default_data_dir()), diagnostics);
    if (!schema) {
        print_text_diagnostics(diagnostics);
        return std::nullopt;
    }
    return CaseFilesAndSchema{std::move(inputs.files), std::move(*schema)};
}

}  // namespace amparo::cli

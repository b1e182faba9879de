// The per-case build: for now the normalized case; documents join as their writers land.
#include "pipeline/build_case.hpp"

#include "pipeline/atomic_file.hpp"

namespace amparo::pipeline {

CaseBuildResult build_case(const LoadedCase& loaded, const std::filesystem::path& out_dir) {
    CaseBuildResult result;
    result.case_id = loaded.data["case"]["id"].get<std::string>();
    const auto case_dir = out_dir / result.case_id;

    const auto case_json = case_dir / "case.json";
    if (auto error = write_file_atomically(case_json, loaded.data.dump(2) + "\n")) {
        result.diagnostics.push_back(
            {loaded.display_name, 0, 0, Severity::Error, "", *error, "check the output folder"});
    } else {
        result.written.push_back(case_json);
    }
    return result;
}

}  // namespace amparo::pipeline

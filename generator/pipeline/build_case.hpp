// Building one validated case into its output folder OUT/<case-id>/.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "casefile/case_loader.hpp"
#include "casefile/diagnostic.hpp"

namespace amparo::pipeline {

struct CaseBuildResult {
    std::string case_id;
    std::vector<std::filesystem::path> written;  // files written, in order
    Diagnostics diagnostics;                     // problems met while building
};

// Writes the case's outputs under `out_dir / case-id`. Each file is written atomically, so a
// failure part-way leaves earlier good outputs in place.
CaseBuildResult build_case(const LoadedCase& loaded, const std::filesystem::path& out_dir);

}  // namespace amparo::pipeline

// Building one validated case into its output folder OUT/<case-id>/.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "casefile/case_loader.hpp"
#include "casefile/diagnostic.hpp"
#include "pipeline/build_settings.hpp"

namespace amparo::pipeline {

struct CaseBuildResult {
    std::string case_id;
    std::vector<std::filesystem::path> written;  // files written, in order
    Diagnostics diagnostics;                     // problems met while building
};

// Renders the declaration, exhibit index and brief, writes them in the chosen formats plus
// report.json under `out_dir / case-id`. Each file is written to a temporary name and renamed,
// so a failure part-way never leaves a truncated file or replaces a good one.
CaseBuildResult build_case(const LoadedCase& loaded, const BuildSettings& settings,
                           const std::filesystem::path& out_dir);

}  // namespace amparo::pipeline

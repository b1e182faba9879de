// Building one validated case into its output folder OUT/<case-id>/.
#pragma once

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"
#include "pipeline/build_settings.hpp"
#include "pipeline/checked_case.hpp"
#include "pipeline/output_permissions.hpp"

namespace amparo::pipeline {

// Where and how a batch writes its cases.
struct BuildOutput {
    std::filesystem::path out_dir;
    OutputPermissions permissions = kOwnerOnly;
    // Set (by a signal handler) when the user asked to stop: the case in progress is abandoned
    // at the next document and its previous build, if any, stays as it was.
    const std::atomic<bool>* stop = nullptr;
};

struct CaseBuildResult {
    std::string case_id;
    std::vector<std::filesystem::path> written;  // files of the committed build, in order
    Diagnostics diagnostics;                     // problems met while building
    bool interrupted = false;                    // stopped by `stop`; nothing was written
};

// Renders the declaration, exhibit index and brief, and writes them in the chosen formats plus
// report.json as OUT/<case-id>/, replacing the previous build's folder as a whole (CaseFolder):
// a failure, an interrupt or a crash part-way never leaves a mixed or half-written folder.
CaseBuildResult build_case(const CheckedCase& checked, const BuildSettings& settings,
                           const BuildOutput& output);

}  // namespace amparo::pipeline

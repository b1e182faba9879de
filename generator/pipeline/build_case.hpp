// Building one validated case into its output folder OUT/<case-id>/.
#pragma once

#include <atomic>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"
#include "pipeline/build_settings.hpp"
#include "pipeline/case_folder.hpp"
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

// What report.json records besides the documents: the inputs the build was made from (for
// incremental builds; see build_inputs.hpp) and the warnings met while the case was loaded.
struct BuildProvenance {
    nlohmann::json inputs;  // null: none recorded, the next build rebuilds the case
    std::size_t load_warnings = 0;
};

struct CaseBuildResult {
    std::string case_id;
    std::vector<std::filesystem::path> written;  // files of the build, where they end up
    Diagnostics diagnostics;                     // problems met while building
    bool interrupted = false;                    // stopped by `stop`; nothing was written
    nlohmann::json report;                       // report.json as written
    // The complete build, staged beside OUT/<case-id>/ and not yet in its place: a CommitQueue
    // puts it there. Empty after an error or an interrupt (nothing of the build is left).
    std::optional<CaseFolder> staged;
};

// Renders the declaration, exhibit index and brief, and writes them in the chosen formats plus
// report.json into a staging folder that is to replace OUT/<case-id>/ as a whole (CaseFolder):
// a failure, an interrupt or a crash part-way never leaves a mixed or half-written folder.
// With settings.strict, a document that keeps a placeholder is an error.
CaseBuildResult build_case(const CheckedCase& checked, const BuildSettings& settings,
                           const BuildOutput& output, const BuildProvenance& provenance = {});

}  // namespace amparo::pipeline

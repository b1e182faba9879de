// One case of a `build` batch, from its file to its row in the summary: the incremental check,
// loading, the claim of its id, --strict, and the build itself. Safe to call from several
// threads at once: what the cases share is const, and the id claims are ordered.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "casefile/case_schema.hpp"
#include "legal/legal_checks.hpp"
#include "pipeline/batch_runner.hpp"
#include "pipeline/build_case.hpp"
#include "pipeline/case_id_claims.hpp"
#include "pipeline/case_report.hpp"
#include "pipeline/commit_queue.hpp"

namespace amparo::pipeline {

struct BatchInputs {
    std::vector<std::filesystem::path> files;  // in path order
    const CaseSchema& schema;
    const BuildSettings& settings;
    const BuildOutput& output;
    legal::CheckContext context;
    // batch_inputs_hash(); nullopt when an input cannot be read: every case is then built, and
    // none records its inputs.
    std::optional<std::string> inputs_hash;
    bool force = false;  // build even the cases whose inputs are unchanged
    // Case file -> the case id of its last build, from the output folder's summaries: where to
    // look for the build to compare with without reading the case.
    std::map<std::string, std::string> previous_ids;
};

class BatchBuild {
  public:
    explicit BatchBuild(const BatchInputs& inputs) : inputs_(inputs) {}

    // Builds case `index` of inputs.files, or skips it when unchanged, and tells `done`: at once,
    // or once its folder is in place. Never throws: a failure of any kind is the case's report.
    void build(std::size_t index, const CaseDone& done);

  private:
    // The case's report; with `staged` set, the build waits to be put in place.
    CaseReport build_or_skip(std::size_t index, ClaimTurn& turn, std::optional<CaseFolder>& staged);
    const BatchInputs& inputs_;
    CaseIdClaims claims_;
    CommitQueue commits_;
};

}  // namespace amparo::pipeline

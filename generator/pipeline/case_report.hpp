// What one case of a batch came to: the row of the summary table and of summary.json.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "casefile/diagnostic.hpp"

namespace amparo::pipeline {

enum class CaseStatus {
    Built,        // its documents were written
    Unchanged,    // its inputs match its last build: skipped
    Failed,       // invalid, or its build failed; an earlier build stays as it was
    Interrupted,  // in progress when the batch was stopped; nothing written
    NotBuilt,     // the batch stopped before reaching it
};

// "built", "unchanged", "failed", "interrupted", "not-built": the words summary.json uses.
const char* status_name(CaseStatus status);
std::optional<CaseStatus> status_from_name(const std::string& name);

// Counts read from a build's report.json.
struct BuildFacts {
    std::size_t documents = 0;
    std::size_t pages = 0;         // every PDF's pages, the exhibit packet's included
    std::size_t placeholders = 0;  // [[TO COMPLETE: ...]] left in the documents
    std::size_t warnings = 0;
};

struct CaseReport {
    std::string file;     // the case file, as given
    std::string case_id;  // empty when the file failed before its id was known
    // The case's output folder for a built or unchanged case, else empty: its name in OUT for a
    // batch just built, OUT/<case-id> once read back from a summary file.
    std::string folder;
    CaseStatus status = CaseStatus::NotBuilt;
    BuildFacts facts;
    std::size_t errors = 0;
    Diagnostics diagnostics;  // this run's; none for an unchanged case
};

}  // namespace amparo::pipeline

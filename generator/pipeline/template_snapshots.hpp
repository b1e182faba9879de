// The text of a case's documents that test-templates keeps as snapshots beside the case
// (`<case>.expected/<document>.md`) and diff-templates compares between two template sets.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/build_settings.hpp"
#include "pipeline/case_documents.hpp"
#include "pipeline/checked_case.hpp"

namespace amparo::pipeline {

struct DocumentText {
    std::string name;  // "declaration", "exhibit-index", "brief"
    std::string text;
};

// What a snapshot holds for one document: its rendered Markdown, as `build --formats md` writes
// it. The one place to change if snapshots should follow another rendering of the document.
std::string snapshot_text(const CaseDocument& document);

// The case's documents rendered as `build --formats md` renders them (exhibit page counts from
// the exhibit files, the brief's word count for its court profile; no packet page numbers, which
// only a PDF build knows). Rendering problems go to `diagnostics`.
std::vector<DocumentText> snapshot_documents(const CheckedCase& checked,
                                             const BuildSettings& settings,
                                             Diagnostics& diagnostics);

// `samples/garcia.yaml` -> `samples/garcia.expected/`.
std::filesystem::path snapshot_folder(const std::filesystem::path& case_file);

}  // namespace amparo::pipeline

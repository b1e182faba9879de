// A batch's outcome as summary.json (schemas/summary.schema.json), read back, and merged across
// the shards of one batch by `amparo summary`.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/case_report.hpp"
#include "pipeline/shard.hpp"

namespace amparo::pipeline {

struct BatchTotals {
    std::size_t cases = 0;
    std::size_t built = 0;
    std::size_t unchanged = 0;
    std::size_t failed = 0;
    std::size_t interrupted = 0;
    std::size_t not_built = 0;
    std::size_t placeholders = 0;
    std::size_t warnings = 0;
};

struct BatchSummary {
    std::optional<Shard> shard;     // which slice of the batch; none for a whole batch
    std::vector<CaseReport> cases;  // in path order
};

BatchTotals totals_of(const std::vector<CaseReport>& cases);

// How summary_json_text writes the cases.
struct SummaryDetail {
    // Prefixed to each case's folder: empty in summary.json, which stays valid wherever OUT is
    // moved; OUT for `build --format json`, whose reader wants a path.
    std::filesystem::path folders_in;
    bool diagnostics = false;  // each case's diagnostics too (build --format json)
};

// summary.json's text, indented by two and ending in a newline: no times or host names, so the
// same batch gives the same bytes. Made one case at a time: a batch of 10,000 cases never holds
// its whole summary as one JSON tree, which costs several times the text (a node and a map entry
// for every value).
std::string summary_json_text(const BatchSummary& summary, const SummaryDetail& detail = {});

// Reads summary_json_text's text once parsed; nullopt with `error` set when it is not one.
std::optional<BatchSummary> summary_from_json(const nlohmann::json& value, std::string& error);

// Shard summaries joined into one batch, sorted by file. `problems` says what makes the whole
// incomplete or inconsistent: a missing shard, shards of different counts, a case file in two
// summaries, a case id built from two files (shards cannot see each other's ids).
struct MergedSummary {
    BatchSummary batch;
    std::vector<std::string> problems;
};
MergedSummary merge_summaries(const std::vector<BatchSummary>& summaries);

// The summaries a build wrote into `out_dir`: summary.json and summary-K-of-N.json, by name.
std::vector<std::filesystem::path> summary_files(const std::filesystem::path& out_dir);

// Reads a summary file; nullopt with `error` set when it cannot be read or is not a summary.
// The cases' folders come back as paths: the file's folder joined with the folder written.
std::optional<BatchSummary> read_summary(const std::filesystem::path& file, std::string& error);

// Case file -> case id for each case the summaries in `out_dir` list as built or unchanged:
// where the next build finds a case's last build without reading the case.
std::map<std::string, std::string> previous_case_ids(const std::filesystem::path& out_dir);

}  // namespace amparo::pipeline

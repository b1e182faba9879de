// Running one job per case file on worker threads, and handing the outcomes back in path order
// on the calling thread: the printing side of the CLI stays single-threaded and deterministic.
#pragma once

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <vector>

#include "pipeline/case_report.hpp"

namespace amparo::pipeline {

struct BatchProgress {
    std::size_t done = 0;  // cases finished, in any order
    std::size_t failed = 0;
    std::size_t total = 0;
};

// What the CLI does while a batch runs. Both calls come on the thread that called run_batch.
class BatchObserver {
  public:
    virtual ~BatchObserver() = default;
    // A case finished; cases arrive in path order (a case waits for the ones before it).
    virtual void case_finished(const CaseReport& report) = 0;
    // About ten times a second while the batch runs, and once at its end.
    virtual void progress(const BatchProgress& progress) = 0;
    // Whether the reports run_batch returns must still hold each case's diagnostics once the
    // observer has seen them (an output that prints them all at the end). When not, they are
    // released case by case, so a batch's memory does not grow with its warnings.
    virtual bool diagnostics_wanted_at_end() const { return true; }
};

// Takes a case's outcome: exactly once per case, from any thread, during or after the call of
// `one_case` that started it (a build is done once its folder is in place; see CommitQueue).
using CaseDone = std::function<void(CaseReport report)>;

// Runs `one_case(i, done)` for each of `files` on `jobs` worker threads; `one_case` must catch
// what it throws (see internal_error.hpp). After `*stop` is set no further case starts; the
// cases it left alone are reported NotBuilt. Returns, once every started case is done, every
// report in path order.
std::vector<CaseReport> run_batch(
    const std::vector<std::filesystem::path>& files, unsigned jobs, const std::atomic<bool>* stop,
    const std::function<void(std::size_t index, const CaseDone& done)>& one_case,
    BatchObserver& observer);

}  // namespace amparo::pipeline

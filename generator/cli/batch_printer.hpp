// What a batch shows while it runs, on stderr: each case's diagnostics as it finishes (in path
// order), and its progress: a line redrawn in place on a terminal, a plain line now and then
// when stderr is a file or a CI log, nothing with --quiet. Cases are named by id, never by the
// applicant's name: progress ends up in shared logs.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "cli/report_printer.hpp"
#include "pipeline/batch_runner.hpp"

namespace amparo::cli {

enum class ProgressStyle { Terminal, Lines, Quiet };

// Quiet with --quiet; Terminal when stderr is a terminal (and TERM is not "dumb"); else Lines.
ProgressStyle progress_style(bool quiet);

// Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org).
bool colour_wanted(ProgressStyle style);

// "[120/300] 2 failed · 43.1 cases/s · about 4 s left · last: case-0119" (Terminal) or
// "amparo: 120 of 300 cases done, 2 failed, 43.1 cases/s, about 4 s left" (Lines).
std::string progress_text(const pipeline::BatchProgress& progress, double elapsed_seconds,
                          const std::string& last_case, ProgressStyle style, bool colour);

class BatchPrinter : public pipeline::BatchObserver {
  public:
    // Each case's diagnostics are printed as it finishes in the streamed formats (text, github);
    // JSON and SARIF print them all at the end. `format` must outlive the printer.
    BatchPrinter(ProgressStyle style, bool colour, const FormatOption& format);
    void case_finished(const pipeline::CaseReport& report) override;
    void progress(const pipeline::BatchProgress& progress) override;
    // Only JSON and SARIF print the diagnostics at the end; the streamed formats have printed
    // each case's already.
    bool diagnostics_wanted_at_end() const override { return !format_.streamed(); }
    // Takes the progress line off the terminal before the final report.
    void finish();

  private:
    void clear_line();
    ProgressStyle style_;
    bool colour_;
    const FormatOption& format_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_line_ = start_;
    std::size_t last_line_done_ = 0;
    std::string last_case_;
    bool line_shown_ = false;
};

}  // namespace amparo::cli

// Progress arithmetic and the two ways of showing it.
#include "cli/batch_printer.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

namespace amparo::cli {

namespace {

constexpr const char* kRed = "\x1b[31m";
constexpr const char* kReset = "\x1b[0m";
constexpr const char* kClearLine = "\r\x1b[K";
// Plain lines: one each tenth of the batch, or after this long without one.
constexpr auto kLineInterval = std::chrono::seconds(10);

std::string fixed_one(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string time_left(std::size_t left, double rate) {
    if (left == 0 || rate <= 0) return "";
    const auto seconds = static_cast<long>(static_cast<double>(left) / rate + 0.5);
    if (seconds < 60) return "about " + std::to_string(seconds) + " s left";
    return "about " + std::to_string((seconds + 30) / 60) + " min left";
}

}  // namespace

ProgressStyle progress_style(bool quiet) {
    if (quiet) return ProgressStyle::Quiet;
    const char* term = std::getenv("TERM");
    const bool dumb = term != nullptr && std::strcmp(term, "dumb") == 0;
    return ::isatty(STDERR_FILENO) && !dumb ? ProgressStyle::Terminal : ProgressStyle::Lines;
}

bool colour_wanted(ProgressStyle style) {
    const char* no_colour = std::getenv("NO_COLOR");
    return style == ProgressStyle::Terminal && (no_colour == nullptr || *no_colour == '\0');
}

std::string progress_text(const pipeline::BatchProgress& progress, double elapsed_seconds,
                          const std::string& last_case, ProgressStyle style, bool colour) {
    const double rate =
        elapsed_seconds > 0 ? static_cast<double>(progress.done) / elapsed_seconds : 0.0;
    const std::string left = time_left(progress.total - progress.done, rate);
    std::string failed = std::to_string(progress.failed) + " failed";
    if (colour && progress.failed > 0) failed = kRed + failed + kReset;
    if (style == ProgressStyle::Lines) {
        std::string line = "amparo: " + std::to_string(progress.done) + " of " +
                           std::to_string(progress.total) + " cases done, " + failed + ", " +
                           fixed_one(rate) + " cases/s";
        return left.empty() ? line : line + ", " + left;
    }
    std::string line = "[" + std::to_string(progress.done) + "/" + std::to_string(progress.total) +
                       "] " + failed + " · " + fixed_one(rate) + " cases/s";
    if (!left.empty()) line += " · " + left;
    if (!last_case.empty()) line += " · last: " + last_case;
    return line;
}

BatchPrinter::BatchPrinter(ProgressStyle style, bool colour, const FormatOption& format)
    : style_(style), colour_(colour), format_(format) {}

void BatchPrinter::clear_line() {
    if (!line_shown_) return;
    std::cerr << kClearLine << std::flush;
    line_shown_ = false;
}

void BatchPrinter::case_finished(const pipeline::CaseReport& report) {
    if (!report.case_id.empty()) last_case_ = report.case_id;
    if (!format_.streamed() || report.diagnostics.empty()) return;
    clear_line();
    print_diagnostics(report.diagnostics, format_);
}

void BatchPrinter::progress(const pipeline::BatchProgress& progress) {
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    if (style_ == ProgressStyle::Terminal) {
        std::cerr << kClearLine << progress_text(progress, elapsed, last_case_, style_, colour_)
                  << std::flush;
        line_shown_ = true;
        return;
    }
    if (style_ != ProgressStyle::Lines || progress.done == last_line_done_) return;
    const bool next_tenth =
        progress.done * 10 / progress.total > last_line_done_ * 10 / progress.total;
    if (!next_tenth && now - last_line_ < kLineInterval) return;
    std::cerr << progress_text(progress, elapsed, last_case_, style_, false) << "\n";
    last_line_ = now;
    last_line_done_ = progress.done;
}

void BatchPrinter::finish() { clear_line(); }

}  // namespace amparo::cli

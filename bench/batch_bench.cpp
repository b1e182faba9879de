// Batch benchmark: N synthetic cases through the amparo binary, as a firm runs it. Prints per
// measure the median of RUNS runs (wall, CPU, cases/s) and the peak RSS of the process, then each
// target of issue 14 with the figure that meets it or not.
// Usage: batch_bench [AMPARO_BINARY] [CASES] [RUNS]
// With AMPARO_BENCH_KEEP set, the generated cases stay in the temporary folder for profiling.
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "process_stats.hpp"
#include "synthetic_case.hpp"

namespace {

namespace fs = std::filesystem;
using amparo::bench::median_of_runs;
using amparo::bench::ProcessStats;

double megabytes(long kilobytes) { return static_cast<double>(kilobytes) / 1024.0; }

}  // namespace

int main(int argc, char** argv) {
    const std::string amparo = argc > 1 ? argv[1] : "build/amparo";
    const int cases = argc > 2 ? std::stoi(argv[2]) : 1000;
    const int runs = argc > 3 ? std::stoi(argv[3]) : 3;

    // One folder per run: two benchmarks started at once must not build into each other's.
    const fs::path dir =
        fs::temp_directory_path() / ("amparo-batch-bench-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "cases");
    for (int i = 0; i < cases; ++i) {
        const std::string id = "synthetic-" + std::to_string(i);
        std::ofstream(dir / "cases" / (id + ".yaml")) << amparo::bench::synthetic_case(id, {});
    }
    const std::string case_dir = (dir / "cases").string();
    const std::string out = (dir / "out").string();
    std::printf(
        "%d synthetic cases (12 incidents, 10 exhibits without files each), PDF and DOCX, "
        "median of %d runs\n",
        cases, runs);
    auto report = [&](const char* what, const ProcessStats& s) {
        std::printf(
            "%-22s %8.1f ms wall, %8.1f ms CPU; %7.1f cases/s, %5.2f ms CPU a case; peak "
            "RSS %6.1f MB\n",
            what, s.wall_ms, s.cpu_ms, cases * 1000.0 / s.wall_ms, s.cpu_ms / cases,
            megabytes(s.peak_rss_kb));
        return s;
    };
    const auto validate =
        report("validate -j 2", median_of_runs({amparo, "validate", case_dir, "-j", "2"}, runs));
    auto build = [&](const char* jobs) {
        return median_of_runs(
            {amparo, "build", case_dir, "-o", out, "-j", jobs, "--force", "--quiet"}, runs);
    };
    const auto one = report("build -j 1 --force", build("1"));
    const auto two = report("build -j 2 --force", build("2"));
    const auto again =
        report("build -j 2, no change",
               median_of_runs({amparo, "build", case_dir, "-o", out, "--quiet"}, runs));

    auto target = [](const char* what, double value, const char* unit, double goal, bool above) {
        const bool met = above ? value >= goal : value < goal;
        std::printf("  %-34s %9.2f %-8s (target %s %g): %s\n", what, value, unit,
                    above ? "at least" : "under", goal, met ? "met" : "NOT met");
    };
    std::printf("targets:\n");
    target("build -j 2 rate", cases * 1000.0 / two.wall_ms, "cases/s", 200, true);
    target("build peak RSS", megabytes(two.peak_rss_kb), "MB", 300, false);
    target("speed-up -j 1 to -j 2", one.wall_ms / two.wall_ms, "x", 1.8, true);
    target("validate -j 2 rate", cases * 1000.0 / validate.wall_ms, "cases/s", 1000, true);
    target("no-change rebuild", again.wall_ms / 1000.0, "s", 1, false);
    if (std::getenv("AMPARO_BENCH_KEEP") != nullptr)
        std::printf("cases kept in %s\n", case_dir.c_str());
    else
        fs::remove_all(dir);
    return 0;
}

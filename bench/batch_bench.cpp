// Batch benchmark: validates and builds N synthetic cases with the amparo binary, several runs,
// and prints the median time per case and the peak memory of the process.
// Usage: batch_bench [AMPARO_BINARY] [CASES] [RUNS]
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "process_stats.hpp"
#include "synthetic_case.hpp"

namespace {

namespace fs = std::filesystem;
using amparo::bench::median;
using amparo::bench::ProcessStats;
using amparo::bench::run_measured;

struct Summary {
    double wall_ms = 0;
    double cpu_ms = 0;
    long peak_rss_kb = 0;
};

Summary measure(const std::vector<std::string>& argv, int runs) {
    std::vector<double> wall;
    std::vector<double> cpu;
    long peak = 0;
    for (int run = 0; run < runs; ++run) {
        ProcessStats stats = run_measured(argv);
        if (stats.exit_code != 0) {
            std::fprintf(stderr, "batch_bench: %s exited with %d\n", argv[1].c_str(),
                         stats.exit_code);
            std::exit(1);
        }
        wall.push_back(stats.wall_ms);
        cpu.push_back(stats.cpu_ms);
        peak = std::max(peak, stats.peak_rss_kb);
    }
    return {median(wall), median(cpu), peak};
}

}  // namespace

int main(int argc, char** argv) {
    std::string amparo = argc > 1 ? argv[1] : "build/amparo";
    int cases = argc > 2 ? std::stoi(argv[2]) : 200;
    int runs = argc > 3 ? std::stoi(argv[3]) : 5;

    fs::path dir = fs::temp_directory_path() / "amparo-batch-bench";
    fs::remove_all(dir);
    fs::create_directories(dir / "cases");
    for (int i = 0; i < cases; ++i) {
        std::string id = "synthetic-" + std::to_string(i);
        std::ofstream(dir / "cases" / (id + ".yaml")) << amparo::bench::synthetic_case(id, {});
    }
    std::printf("batch of %d synthetic cases (12 incidents, 10 exhibits each), median of %d runs\n",
                cases, runs);
    auto report = [&](const char* what, const Summary& s) {
        std::printf(
            "%-9s total %8.1f ms wall, %8.1f ms CPU; per case %6.2f ms CPU; peak RSS %6.1f MB\n",
            what, s.wall_ms, s.cpu_ms, s.cpu_ms / cases,
            static_cast<double>(s.peak_rss_kb) / 1024.0);
    };
    report("validate", measure({amparo, "validate", (dir / "cases").string()}, runs));
    report(
        "build",
        measure({amparo, "build", (dir / "cases").string(), "-o", (dir / "out").string()}, runs));
    fs::remove_all(dir);
    return 0;
}

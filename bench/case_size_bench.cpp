// One case of growing size through the amparo binary: the time of a build against the number of
// incidents (it should grow linearly), and the 500-incident, 300-exhibit case of issue 14's
// target (under 1 second). Exhibits have page counts, not files: the packet has its own
// benchmark (packet_bench).
// Usage: case_size_bench [AMPARO_BINARY] [RUNS]
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "process_stats.hpp"
#include "synthetic_case.hpp"

namespace {

namespace fs = std::filesystem;
using amparo::bench::CaseShape;

amparo::bench::ProcessStats time_build(const std::string& amparo, const fs::path& dir,
                                       const CaseShape& shape, int runs) {
    const fs::path file = dir / "case.yaml";
    std::ofstream(file) << amparo::bench::synthetic_case("sized", shape);
    return amparo::bench::median_of_runs(
        {amparo, "build", file.string(), "-o", (dir / "out").string(), "--force", "--quiet"}, runs);
}

}  // namespace

int main(int argc, char** argv) {
    const std::string amparo = argc > 1 ? argv[1] : "build/amparo";
    const int runs = argc > 2 ? std::stoi(argv[2]) : 3;
    const fs::path dir = fs::temp_directory_path() / "amparo-case-size-bench";
    fs::remove_all(dir);
    fs::create_directories(dir);

    std::printf("one case, PDF and DOCX, whole process, median of %d runs\n", runs);
    std::printf("%10s %10s %10s %12s %10s\n", "incidents", "wall ms", "CPU ms", "CPU ms/inc.",
                "peak MB");
    for (int incidents : {10, 30, 100, 300, 1000}) {
        CaseShape shape;
        shape.incidents = incidents;
        auto t = time_build(amparo, dir, shape, runs);
        std::printf("%10d %10.1f %10.1f %12.3f %10.1f\n", incidents, t.wall_ms, t.cpu_ms,
                    t.cpu_ms / incidents, static_cast<double>(t.peak_rss_kb) / 1024.0);
    }
    CaseShape large;
    large.incidents = 500;
    large.exhibits = 300;
    auto t = time_build(amparo, dir, large, runs);
    std::printf(
        "500 incidents, 300 exhibits: %.1f ms wall, %.1f ms CPU (target: under 1000 ms "
        "wall): %s\n",
        t.wall_ms, t.cpu_ms, t.wall_ms < 1000 ? "met" : "NOT met");
    fs::remove_all(dir);
    return 0;
}

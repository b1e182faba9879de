// Runs a command and measures it: wall time, CPU time and peak memory of the child process.
#pragma once

#include <string>
#include <vector>

namespace amparo::bench {

struct ProcessStats {
    int exit_code = -1;
    double wall_ms = 0;
    double cpu_ms = 0;     // user + system
    long peak_rss_kb = 0;  // the child's maximum resident set size
};

ProcessStats run_measured(const std::vector<std::string>& argv);

double median(std::vector<double> values);

// `runs` runs of one command: the median wall and CPU times and the highest peak RSS. A run
// that exits non-zero ends the benchmark with a message: a failure must never be timed.
ProcessStats median_of_runs(const std::vector<std::string>& argv, int runs);

}  // namespace amparo::bench

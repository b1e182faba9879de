// fork/exec with wait4, whose rusage is the child's own (not all children's, as getrusage gives).
#include "process_stats.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace amparo::bench {

ProcessStats run_measured(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    auto start = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        int null_fd = open("/dev/null", O_WRONLY);
        dup2(null_fd, 1);
        dup2(null_fd, 2);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    auto end = std::chrono::steady_clock::now();
    ProcessStats stats;
    stats.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    stats.wall_ms = std::chrono::duration<double, std::milli>(end - start).count();
    auto ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    stats.cpu_ms = ms(usage.ru_utime) + ms(usage.ru_stime);
    stats.peak_rss_kb = usage.ru_maxrss;
    return stats;
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

ProcessStats median_of_runs(const std::vector<std::string>& argv, int runs) {
    std::vector<double> wall;
    std::vector<double> cpu;
    ProcessStats summary;
    for (int run = 0; run < runs; ++run) {
        ProcessStats stats = run_measured(argv);
        if (stats.exit_code != 0) {
            std::fprintf(stderr, "%s %s exited with %d\n", argv[0].c_str(),
                         argv.size() > 1 ? argv[1].c_str() : "", stats.exit_code);
            std::exit(1);
        }
        wall.push_back(stats.wall_ms);
        cpu.push_back(stats.cpu_ms);
        summary.peak_rss_kb = std::max(summary.peak_rss_kb, stats.peak_rss_kb);
    }
    summary.exit_code = 0;
    summary.wall_ms = median(wall);
    summary.cpu_ms = median(cpu);
    return summary;
}

}  // namespace amparo::bench

// A 300-case build killed (SIGKILL) or interrupted (SIGINT) at random moments: every case folder
// is absent, the previous complete build or the new complete build, and a SIGINT leaves no
// temporary file behind.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "cli/amparo_run.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;

constexpr int kCases = 300;

// Starts `amparo build CASES -o OUT --formats FORMATS` with its output discarded.
pid_t start_build(const fs::path& cases, const fs::path& out, const std::string& formats) {
    const std::string binary = testing::amparo_binary().string();
    const std::string cases_arg = cases.string();
    const std::string out_arg = out.string();
    pid_t pid = ::fork();
    if (pid == 0) {
        int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execl(binary.c_str(), binary.c_str(), "build", cases_arg.c_str(), "-o", out_arg.c_str(),
                "--formats", formats.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return pid;
}

// The files one complete build of a case holds, by --formats.
std::set<std::string> complete_build(const std::string& formats) {
    std::set<std::string> files = {"report.json"};
    for (const char* document : {"declaration", "exhibit-index", "brief"}) {
        files.insert(std::string(document) + ".md");
        if (formats.find("pdf") != std::string::npos) files.insert(std::string(document) + ".pdf");
    }
    return files;
}

// Checks every case folder: absent, or exactly the files of one complete build whose report
// lists them. Returns how many folders exist.
int check_case_folders(const fs::path& out, const std::string& moment) {
    int present = 0;
    const auto md_only = complete_build("md");
    const auto md_and_pdf = complete_build("md,pdf");
    for (const auto& entry : fs::directory_iterator(out)) {
        const std::string name = entry.path().filename();
        // Staging of a killed build, or summary.json: not a case folder.
        if (name[0] == '.' || !entry.is_directory()) continue;
        ++present;
        std::set<std::string> files;
        for (const auto& file : fs::directory_iterator(entry.path())) {
            files.insert(file.path().filename());
            EXPECT_GT(fs::file_size(file.path()), 0u) << moment << ": empty " << file.path();
        }
        EXPECT_TRUE(files == md_only || files == md_and_pdf)
            << moment << ": " << name << " holds " << files.size() << " files";
        if (!files.count("report.json")) continue;
        auto report = nlohmann::json::parse(testing::read_file(entry.path() / "report.json"));
        std::set<std::string> listed = {"report.json"};
        for (const auto& document : report["documents"]) {
            for (const auto& file : document["files"]) listed.insert(file.get<std::string>());
        }
        EXPECT_EQ(files, listed) << moment << ": " << name;
    }
    return present;
}

std::vector<std::string> hidden_entries(const fs::path& out) {
    std::vector<std::string> hidden;
    // Interrupted before it made OUT (a slow start under the sanitizers): nothing to leave.
    if (!fs::exists(out)) return hidden;
    for (const auto& entry : fs::directory_iterator(out)) {
        std::string name = entry.path().filename();
        if (name[0] == '.') hidden.push_back(name);
    }
    return hidden;
}

std::string how_it_ended(int status) {
    if (WIFSIGNALED(status)) return "died of signal " + std::to_string(WTERMSIG(status));
    return "exit code " + std::to_string(WEXITSTATUS(status));
}

TEST(InterruptedBuild, EveryCaseFolderIsAbsentOrOneCompleteBuild) {
    auto dir = testing::make_scratch_dir("killed-batch");
    const std::string base = testing::read_file(testing::fixture("valid/minimal.yaml"));
    fs::create_directories(dir / "cases");
    for (int i = 0; i < kCases; ++i) {
        std::string id = "case-" + std::to_string(1000 + i);
        std::string text = base;
        text.replace(text.find("id: minimal"), 11, "id: " + id);
        testing::write_file(dir / "cases" / (id + ".yaml"), text);
    }
    const fs::path out = dir / "out";
    std::mt19937 random(7);  // fixed seed: the same moments on every run
    // From 100 ms: the sanitizer build takes tens of milliseconds to reach main(), before which
    // no program can handle a signal.
    std::uniform_int_distribution<int> delay_ms(100, 2500);
    int interrupts = 0;
    for (int round = 0; round < 12; ++round) {
        const std::string formats = round % 2 ? "md,pdf" : "md";
        const int signal_number = round % 3 == 1 ? SIGINT : SIGKILL;
        const int delay = delay_ms(random);
        const std::string moment = "round " + std::to_string(round) + " (" +
                                   (signal_number == SIGINT ? "SIGINT" : "SIGKILL") + " after " +
                                   std::to_string(delay) + " ms)";
        pid_t pid = start_build(dir / "cases", out, formats);
        ASSERT_GT(pid, 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(delay));
        ::kill(pid, signal_number);
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        if (signal_number == SIGINT && WIFEXITED(status) && WEXITSTATUS(status) == 2) {
            ++interrupts;
            EXPECT_THAT(hidden_entries(out), ::testing::IsEmpty())
                << moment << ": temporary files survived the interrupt";
        } else if (signal_number == SIGINT) {
            // The batch had finished before the signal arrived.
            EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
                << moment << ": " << how_it_ended(status);
        }
        if (fs::exists(out)) check_case_folders(out, moment);
    }
    EXPECT_GE(interrupts, 2) << "no SIGINT arrived while the batch ran: the moments are too late";
    // A build to the end leaves every case complete and nothing else: the leftovers of killed
    // builds are cleaned up by the next build of their case.
    auto finished = testing::run_amparo(
        {"build", (dir / "cases").string(), "-o", out.string(), "--formats", "md"});
    ASSERT_EQ(finished.exit_code, 0) << finished.err;
    EXPECT_EQ(check_case_folders(out, "after a complete build"), kCases);
    EXPECT_THAT(hidden_entries(out), ::testing::IsEmpty());
}

TEST(InterruptedBuild, SigintReportsWhatWasBuiltAndExitsNonZero) {
    auto dir = testing::make_scratch_dir("sigint-report");
    const std::string base = testing::read_file(testing::fixture("valid/minimal.yaml"));
    for (int i = 0; i < 200; ++i) {
        std::string text = base;
        text.replace(text.find("id: minimal"), 11, "id: c" + std::to_string(i));
        testing::write_file(dir / ("c" + std::to_string(i) + ".yaml"), text);
    }
    int pipe_fds[2];
    ASSERT_EQ(::pipe(pipe_fds), 0);
    const std::string binary = testing::amparo_binary().string();
    const std::string cases = dir.string();
    const std::string out = (dir / "out").string();
    pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(pipe_fds[1], 2);
        ::close(pipe_fds[0]);
        ::execl(binary.c_str(), binary.c_str(), "build", cases.c_str(), "-o", out.c_str(),
                "--formats", "md,pdf", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(pipe_fds[1]);
    // The signal arrives while the batch runs: after the first progress line (a tenth of the
    // cases done), however long start-up took (much longer under the sanitizers).
    std::string err;
    char buffer[4096];
    bool signalled = false;
    for (ssize_t got; (got = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) {
        err.append(buffer, static_cast<std::size_t>(got));
        if (!signalled && err.find("cases done") != std::string::npos) {
            ::kill(pid, SIGINT);
            signalled = true;
        }
    }
    ASSERT_TRUE(signalled) << "no progress line before the batch ended:\n" << err;
    ::close(pipe_fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status)) << "amparo died of the signal instead of stopping";
    EXPECT_EQ(WEXITSTATUS(status), 2);
    EXPECT_THAT(err, ::testing::MatchesRegex(
                         "(.|\n)*amparo: interrupted \\(signal 2\\): [0-9]+ of 200 cases built "
                         "into .*, 0 failed; the cases in progress were not written\n"));
    EXPECT_THAT(hidden_entries(dir / "out"), ::testing::IsEmpty());
}

}  // namespace
}  // namespace amparo

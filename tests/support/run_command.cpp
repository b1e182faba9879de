// Runs a program with posix_spawn, capturing stdout and stderr through temporary files.
#include "support/run_command.hpp"

#include "support/test_paths.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdlib>
#include <stdexcept>

extern char** environ;

namespace amparo::testing {

CommandResult run_command(const std::vector<std::string>& argv,
                          const std::filesystem::path& working_dir) {
    if (argv.empty()) throw std::invalid_argument("run_command: empty argv");
    auto scratch = make_scratch_dir("cmd");
    auto out_path = scratch / "stdout";
    auto err_path = scratch / "stderr";

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    if (!working_dir.empty()) {
        posix_spawn_file_actions_addchdir_np(&actions, working_dir.c_str());
    }

    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);

    pid_t pid = 0;
    int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    CommandResult result;
    if (rc != 0) {
        result.exit_code = 127;
        result.err = "cannot start " + argv[0];
    } else {
        int status = 0;
        waitpid(pid, &status, 0);
        result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        result.out = read_file(out_path);
        result.err = read_file(err_path);
    }
    std::filesystem::remove_all(scratch);
    return result;
}

bool program_available(const std::string& name) {
    auto result = run_command({"sh", "-c", "command -v " + name});
    return result.exit_code == 0;
}

}  // namespace amparo::testing

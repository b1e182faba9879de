// docs/scaling.md as written: its GNU parallel command is run for real; its Kubernetes manifest
// and Slurm script, which need a cluster, are checked as far as this machine allows.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "casefile/yaml_to_json.hpp"
#include "cli/amparo_run.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// The body of the first ```LANGUAGE block after `marker` in docs/scaling.md.
std::string block_after(const std::string& marker, const std::string& language) {
    const std::string doc = testing::read_file(testing::source_dir() / "docs/scaling.md");
    const auto at = doc.find(marker);
    if (at == std::string::npos) throw std::runtime_error("docs/scaling.md lacks " + marker);
    const std::string fence = "```" + language + "\n";
    const auto start = doc.find(fence, at) + fence.size();
    return doc.substr(start, doc.find("```", start) - start);
}

std::size_t lines_of(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST(ScalingDoc, GnuParallelCommandBuildsEveryCaseOnceAndResumes) {
    ASSERT_TRUE(testing::program_available("parallel"))
        << "GNU parallel is missing: ci/setup.sh --tests installs it";
    auto dir = testing::make_scratch_dir("gnu-parallel");
    const std::string base = testing::read_file(testing::fixture("valid/minimal.yaml"));
    for (int i = 0; i < 9; ++i) {
        std::string text = base;
        text.replace(text.find("id: minimal"), 11, "id: p" + std::to_string(i));
        testing::write_file(dir / "cases" / ("p" + std::to_string(i) + ".yaml"), text);
    }
    const fs::path out = dir / "out";
    const std::vector<std::string> command = {
        "env",
        "CASES=" + (dir / "cases").string(),
        "OUT=" + out.string(),
        "PATH=" + testing::amparo_binary().parent_path().string() + ":" + std::getenv("PATH"),
        "bash",
        "-euo",
        "pipefail",
        "-c",
        block_after("<!-- tested: gnu-parallel -->", "sh")};
    auto result = testing::run_command(command);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("9 cases: 9 built, 0 unchanged, 0 failed"));
    int folders = 0;
    for (const auto& entry : fs::directory_iterator(out)) folders += entry.is_directory();
    EXPECT_EQ(folders, 9);
    const std::string log = testing::read_file(out / "parallel.log");
    EXPECT_EQ(lines_of(log), 5u) << log;  // a header and one line per shard

    // Run again: the job log says every shard finished, so --resume runs none.
    auto again = testing::run_command(command);
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(testing::read_file(out / "parallel.log"), log);
}

TEST(ScalingDoc, KubernetesManifestIsAnIndexedJobWithOneShardPerCompletion) {
    Diagnostics problems;
    auto manifest =
        yaml_to_json(block_after("### Kubernetes Indexed Job", "yaml"), "scaling.md", problems);
    ASSERT_TRUE(manifest) << (problems.empty() ? "" : problems[0].message);
    const auto& job = manifest->value;
    EXPECT_EQ(job["apiVersion"], "batch/v1");
    EXPECT_EQ(job["kind"], "Job");
    EXPECT_EQ(job["spec"]["completionMode"], "Indexed");
    EXPECT_EQ(job["spec"]["template"]["spec"]["restartPolicy"], "Never");
    const auto& command = job["spec"]["template"]["spec"]["containers"][0]["command"];
    const std::string shards = "auto/" + std::to_string(job["spec"]["completions"].get<int>());
    EXPECT_NE(std::find(command.begin(), command.end(), shards), command.end()) << command.dump();
}

TEST(ScalingDoc, SlurmScriptIsValidBashWithOneArrayTaskPerShard) {
    auto dir = testing::make_scratch_dir("slurm");
    const std::string script = block_after("### Slurm job array", "bash");
    testing::write_file(dir / "amparo.sbatch", script);
    auto syntax = testing::run_command({"bash", "-n", (dir / "amparo.sbatch").string()});
    EXPECT_EQ(syntax.exit_code, 0) << syntax.err;
    EXPECT_THAT(script, HasSubstr("#SBATCH --array=1-4\n"));
    EXPECT_THAT(script, HasSubstr("--shard auto/4\n"));
}

}  // namespace
}  // namespace amparo

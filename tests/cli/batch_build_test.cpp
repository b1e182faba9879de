// `amparo build` over batches: worker threads, the summary (table, summary.json, --format json),
// progress, --strict, incremental builds and shards.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

#include "casefile/case_schema.hpp"
#include "cli/amparo_run.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_amparo;

// The minimal fixture under another case id.
std::string minimal_case(const std::string& id) {
    std::string text = testing::read_file(testing::fixture("valid/minimal.yaml"));
    text.replace(text.find("id: minimal"), 11, "id: " + id);
    return text;
}

// `count` valid cases c00.yaml, c01.yaml, ... in `folder`.
void write_cases(const fs::path& folder, int count) {
    for (int i = 0; i < count; ++i) {
        const std::string id = std::string("c") + (i < 10 ? "0" : "") + std::to_string(i);
        testing::write_file(folder / (id + ".yaml"), minimal_case(id));
    }
}

json read_json(const fs::path& file) { return json::parse(testing::read_file(file)); }

std::map<std::string, std::string> status_by_file(const json& summary) {
    std::map<std::string, std::string> statuses;
    for (const auto& entry : summary["cases"])
        statuses[fs::path(entry["file"].get<std::string>()).filename()] = entry["status"];
    return statuses;
}

TEST(BatchBuild, MixedBatchBuildsTheGoodCasesAndReportsTheBadOnesAtTheirLines) {
    auto dir = testing::make_scratch_dir("mixed-batch");
    write_cases(dir / "cases", 4);
    std::string bad_date = minimal_case("bad-date");
    bad_date.replace(bad_date.find("2020-02-29"), 10, "2021-02-29");
    testing::write_file(dir / "cases/b1.yaml", bad_date);
    testing::write_file(dir / "cases/b2.yaml", "case: {id: broken\n");
    const auto out = dir / "out";
    auto result = run_amparo(
        {"build", (dir / "cases").string(), "-o", out.string(), "--formats", "md", "-j", "2"});
    EXPECT_EQ(result.exit_code, 1);
    for (const char* id : {"c00", "c01", "c02", "c03"})
        EXPECT_TRUE(fs::exists(out / id / "brief.md")) << id;
    EXPECT_FALSE(fs::exists(out / "bad-date"));
    EXPECT_THAT(result.err,
                ::testing::ContainsRegex("b1.yaml:13:11: error: .*not a date that exists"));
    EXPECT_THAT(result.err, ::testing::ContainsRegex("b2.yaml:[0-9]+:[0-9]+: error: "));
    EXPECT_THAT(result.err, HasSubstr("4 cases built into"));
    EXPECT_THAT(result.err, HasSubstr("2 failed"));
    // The end table names cases by id (or by file when no id was read), never the applicant.
    // Its placeholder count is the one the case's own report.json gives.
    int placeholders = 0;
    const auto report = read_json(out / "c03/report.json");
    for (const auto& document : report["documents"])
        placeholders += static_cast<int>(document["placeholders"].size());
    // Its warning count is the number of warnings printed against the case's file.
    int warnings = 0;
    for (std::size_t at = result.err.find("c03.yaml:"); at != std::string::npos;
         at = result.err.find("c03.yaml:", at + 1))
        warnings += result.err.compare(result.err.find(": ", at + 9), 10, ": warning:") == 0;
    EXPECT_GT(warnings, 0);
    EXPECT_THAT(result.err,
                ::testing::ContainsRegex("\nc03 +3 +0 +" + std::to_string(placeholders) + " +" +
                                         std::to_string(warnings) + "  built\n"));
    EXPECT_THAT(result.err, Not(HasSubstr("Prueba")));
    auto statuses = status_by_file(read_json(out / "summary.json"));
    EXPECT_EQ(statuses["c00.yaml"], "built");
    EXPECT_EQ(statuses["b1.yaml"], "failed");
    EXPECT_EQ(statuses["b2.yaml"], "failed");
}

TEST(BatchBuild, JsonFormatGivesEachCasesStatusFolderAndPlaceholders) {
    auto dir = testing::make_scratch_dir("json-batch");
    write_cases(dir / "cases", 2);
    testing::write_file(dir / "cases/zz.yaml", "case: {id: broken\n");
    const auto out = dir / "out";
    auto result = run_amparo({"build", (dir / "cases").string(), "-o", out.string(), "--formats",
                              "md", "--format", "json"});
    EXPECT_EQ(result.exit_code, 1);
    auto printed = json::parse(result.out);
    ASSERT_EQ(printed["cases"].size(), 3u);
    const auto& good = printed["cases"][0];
    EXPECT_EQ(good["case"], "c00");
    EXPECT_EQ(good["status"], "built");
    EXPECT_EQ(good["folder"], (out / "c00").string());
    EXPECT_GT(good["placeholders"].get<int>(), 5);
    EXPECT_EQ(printed["cases"][2]["status"], "failed");
    EXPECT_EQ(printed["cases"][2]["case"], nullptr);
    EXPECT_EQ(printed["cases"][2]["diagnostics"][0]["severity"], "error");
    EXPECT_EQ(printed["totals"]["failed"], 1);
}

TEST(BatchBuild, SummaryJsonValidatesAgainstTheShippedSchema) {
    auto dir = testing::make_scratch_dir("summary-schema");
    write_cases(dir / "cases", 2);
    testing::write_file(dir / "cases/zz.yaml", "case: {id: broken\n");
    const auto out = dir / "out";
    auto result = run_amparo({"build", (dir / "cases").string(), "-o", out.string(), "--formats",
                              "md", "--format", "json"});
    ASSERT_EQ(result.exit_code, 1) << result.err;
    Diagnostics problems;
    auto schema = CaseSchema::load(testing::source_dir() / "schemas/summary.schema.json", problems);
    ASSERT_TRUE(schema) << (problems.empty() ? "" : problems[0].message);
    const json written = read_json(out / "summary.json");
    EXPECT_TRUE(schema->accepts(written)) << written.dump(2);
    EXPECT_TRUE(schema->accepts(json::parse(result.out)));  // with each case's diagnostics
    json broken = written;
    broken["cases"][0]["status"] = "done";
    EXPECT_FALSE(schema->accepts(broken)) << "the schema checks the status words";
}

TEST(BatchBuild, ProgressIsPlainLinesOffATerminalAndNothingWithQuiet) {
    auto dir = testing::make_scratch_dir("progress");
    write_cases(dir / "cases", 3);
    auto shown = run_amparo(
        {"build", (dir / "cases").string(), "-o", (dir / "out").string(), "--formats", "md"});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_THAT(shown.err, HasSubstr("amparo: 3 of 3 cases done, 0 failed"));
    EXPECT_THAT(shown.err, Not(HasSubstr("\x1b[")));  // no colour off a terminal
    EXPECT_THAT(shown.err, Not(HasSubstr("Prueba")));
    auto quiet = run_amparo({"build", (dir / "cases").string(), "-o", (dir / "out2").string(),
                             "--formats", "md", "--quiet"});
    ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
    // Only the problems found (here the fixture's two warnings per case).
    EXPECT_THAT(quiet.err, Not(HasSubstr("cases done")));
    EXPECT_THAT(quiet.err, Not(HasSubstr("documents  pages")));  // the table
    EXPECT_THAT(quiet.err, Not(HasSubstr("built into")));
    EXPECT_THAT(quiet.err, HasSubstr("c02.yaml:5:11: warning: "));
}

TEST(BatchBuild, UnchangedCaseIsSkippedAndACaseWhoseExhibitChangedIsRebuilt) {
    auto dir = testing::make_scratch_dir("incremental");
    fs::copy_file(testing::source_dir() / "samples/herrera-journalist.yaml", dir / "herrera.yaml");
    fs::copy(testing::source_dir() / "samples/exhibits", dir / "exhibits",
             fs::copy_options::recursive);
    testing::write_file(dir / "other.yaml", minimal_case("other"));
    const auto out = dir / "out";
    auto build = [&](std::vector<std::string> extra = {}) {
        std::vector<std::string> arguments = {"build",
                                              (dir / "herrera.yaml").string(),
                                              (dir / "other.yaml").string(),
                                              "-o",
                                              out.string(),
                                              "--formats",
                                              "md"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        auto result = run_amparo(arguments);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return status_by_file(read_json(out / "summary.json"));
    };
    auto first = build();
    EXPECT_EQ(first["herrera.yaml"], "built");
    EXPECT_EQ(first["other.yaml"], "built");
    const auto brief_time = fs::last_write_time(out / "herrera-journalist/brief.md");

    auto second = build();
    EXPECT_EQ(second["herrera.yaml"], "unchanged");
    EXPECT_EQ(second["other.yaml"], "unchanged");
    EXPECT_EQ(fs::last_write_time(out / "herrera-journalist/brief.md"), brief_time);

    // One exhibit gains a byte (a PDF comment at its end): its case alone is built again.
    const auto exhibit = dir / "exhibits/herrera/press-card.pdf";
    testing::write_file(exhibit, testing::read_file(exhibit) + "%\n");
    auto third = build();
    EXPECT_EQ(third["herrera.yaml"], "built");
    EXPECT_EQ(third["other.yaml"], "unchanged");

    // Another option is another input; --force builds whatever the inputs.
    EXPECT_EQ(build({"--formats", "md,docx"})["other.yaml"], "built");
    EXPECT_EQ(build({"--formats", "md,docx", "--force"})["other.yaml"], "built");
}

TEST(BatchBuild, StrictFailsASkeletonCaseThatABuildWithoutItAccepts) {
    auto dir = testing::make_scratch_dir("strict");
    auto created = run_amparo({"new", "garcia-2026", "-o", (dir / "garcia.yaml").string()});
    ASSERT_EQ(created.exit_code, 0) << created.err;
    const auto out = dir / "out";
    auto lenient = run_amparo(
        {"build", (dir / "garcia.yaml").string(), "-o", out.string(), "--formats", "md"});
    EXPECT_EQ(lenient.exit_code, 0) << lenient.err;

    auto strict = run_amparo({"build", (dir / "garcia.yaml").string(), "-o", out.string(),
                              "--formats", "md", "--strict"});
    EXPECT_EQ(strict.exit_code, 1);
    EXPECT_THAT(strict.err, ::testing::ContainsRegex(
                                "garcia.yaml:[0-9]+:[0-9]+: error: applicant.name.given: still "
                                "the example text of the `amparo new` skeleton"));
    EXPECT_THAT(strict.err, HasSubstr("case.a_number: still the example text"));
    EXPECT_THAT(strict.err, Not(HasSubstr("applicant.nationality")))
        << "one-word values such as Mexico may be true";
    EXPECT_EQ(status_by_file(read_json(out / "summary.json"))["garcia.yaml"], "failed");
}

TEST(BatchBuild, StrictFailsACaseWhoseDocumentsKeepPlaceholders) {
    auto dir = testing::make_scratch_dir("strict-placeholders");
    testing::write_file(dir / "case.yaml", minimal_case("thin"));
    auto result = run_amparo({"build", (dir / "case.yaml").string(), "-o", (dir / "out").string(),
                              "--formats", "md", "--strict"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, ::testing::ContainsRegex("error: brief still has [0-9]+ placeholders "
                                                     "\\(--strict\\)"));
    EXPECT_FALSE(fs::exists(dir / "out/thin"));
}

// The case ids a build's summary lists as built.
std::vector<std::string> built_ids(const fs::path& summary) {
    std::vector<std::string> ids;
    const json written = read_json(summary);
    for (const auto& entry : written["cases"]) {
        EXPECT_EQ(entry["status"], "built");
        ids.push_back(entry["case"]);
    }
    return ids;
}

TEST(BatchBuild, ThreeShardsCoverEveryCaseExactlyOnce) {
    auto dir = testing::make_scratch_dir("shards");
    write_cases(dir / "cases", 11);
    std::multiset<std::string> built;
    for (const char* shard : {"1/3", "2/3", "3/3"}) {
        auto result = run_amparo({"build", (dir / "cases").string(), "-o", (dir / "out").string(),
                                  "--formats", "md", "--shard", shard});
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
    for (const char* name : {"summary-1-of-3.json", "summary-2-of-3.json", "summary-3-of-3.json"}) {
        auto ids = built_ids(dir / "out" / name);
        EXPECT_GE(ids.size(), 3u);
        built.insert(ids.begin(), ids.end());
    }
    EXPECT_EQ(built.size(), 11u);
    EXPECT_EQ(std::set<std::string>(built.begin(), built.end()).size(), 11u);

    auto merged = run_amparo({"summary", (dir / "out").string(), "--format", "json"});
    EXPECT_EQ(merged.exit_code, 0) << merged.err;
    EXPECT_EQ(json::parse(merged.out)["totals"]["built"], 11);
}

TEST(BatchBuild, ShardIndexComesFromKubernetesOrSlurm) {
    auto dir = testing::make_scratch_dir("shard-env");
    write_cases(dir / "cases", 4);
    const std::string binary = testing::amparo_binary().string();
    auto shard_of = [&](const std::string& variable, const std::string& out) {
        auto result = testing::run_command(
            {"env", variable, "SLURM_ARRAY_TASK_MIN=1", binary, "build", (dir / "cases").string(),
             "-o", (dir / out).string(), "--formats", "md", "--shard", "auto/2"});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return built_ids(dir / out / "summary-2-of-2.json");
    };
    // Kubernetes counts from 0, Slurm from SLURM_ARRAY_TASK_MIN: both name the second shard.
    EXPECT_EQ(shard_of("JOB_COMPLETION_INDEX=1", "k8s"), (std::vector<std::string>{"c02", "c03"}));
    EXPECT_EQ(shard_of("SLURM_ARRAY_TASK_ID=2", "slurm"), (std::vector<std::string>{"c02", "c03"}));
}

TEST(BatchBuild, ShardOutsideOneToNIsAUsageError) {
    for (const char* shard : {"0/3", "4/3", "1/0", "two/3", "3"}) {
        auto result = run_amparo({"build", testing::fixture("valid/minimal.yaml"), "-o",
                                  "/tmp/unused", "--shard", shard});
        EXPECT_EQ(result.exit_code, 2) << shard;
        EXPECT_THAT(result.err, HasSubstr("--shard")) << shard;
    }
}

TEST(BatchBuild, SummaryOfShardsSaysWhichShardIsMissing) {
    auto dir = testing::make_scratch_dir("shard-missing");
    write_cases(dir / "cases", 4);
    auto result = run_amparo({"build", (dir / "cases").string(), "-o", (dir / "out").string(),
                              "--formats", "md", "--shard", "1/2"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto merged = run_amparo({"summary", (dir / "out").string()});
    EXPECT_EQ(merged.exit_code, 1);
    EXPECT_THAT(merged.err, HasSubstr("shard 2 of 2 has no summary"));
    EXPECT_THAT(merged.out, HasSubstr("2 cases: 2 built, 0 unchanged, 0 failed"));
}

}  // namespace
}  // namespace amparo

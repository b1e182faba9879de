// The parts of a batch that need no build: shard slices, ordered id claims, summaries merged.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include "pipeline/batch_runner.hpp"
#include "pipeline/batch_summary.hpp"
#include "pipeline/case_id_claims.hpp"
#include "pipeline/shard.hpp"
#include "support/test_paths.hpp"

namespace amparo::pipeline {
namespace {

const EnvironmentLookup kNoEnvironment = [](const char*) -> const char* { return nullptr; };

TEST(Shard, SlicesCoverEveryCaseOnceWithSizesWithinOne) {
    for (std::size_t total : {0u, 1u, 2u, 7u, 100u, 1001u}) {
        for (std::size_t count : {1u, 2u, 3u, 8u}) {
            std::size_t next = 0;
            for (std::size_t index = 1; index <= count; ++index) {
                auto range = shard_range({index, count}, total);
                EXPECT_EQ(range.first, next) << index << "/" << count << " of " << total;
                EXPECT_LE(range.last - range.first, total / count + 1);
                EXPECT_GE(range.last - range.first, total / count);
                next = range.last;
            }
            EXPECT_EQ(next, total);
        }
    }
}

TEST(Shard, ParsesKOfNAndRefusesZeroAndKAboveN) {
    std::string error;
    auto shard = parse_shard("2/4", kNoEnvironment, error);
    ASSERT_TRUE(shard) << error;
    EXPECT_EQ(shard->index, 2u);
    EXPECT_EQ(shard->count, 4u);
    for (const char* bad : {"0/4", "5/4", "1/0", "/4", "2/", "2-4", "-1/4", "2/4x"}) {
        error.clear();
        EXPECT_FALSE(parse_shard(bad, kNoEnvironment, error)) << bad;
        EXPECT_FALSE(error.empty()) << bad;
    }
    EXPECT_FALSE(parse_shard("auto/4", kNoEnvironment, error));
    EXPECT_THAT(error, ::testing::HasSubstr("JOB_COMPLETION_INDEX"));
}

TEST(Shard, AutoTakesKubernetesZeroBasedIndexFirst) {
    std::map<std::string, const char*> variables = {{"JOB_COMPLETION_INDEX", "0"},
                                                    {"SLURM_ARRAY_TASK_ID", "3"}};
    EnvironmentLookup environment = [&](const char* name) -> const char* {
        auto found = variables.find(name);
        return found == variables.end() ? nullptr : found->second;
    };
    std::string error;
    EXPECT_EQ(parse_shard("auto/4", environment, error)->index, 1u);
    variables.erase("JOB_COMPLETION_INDEX");
    EXPECT_EQ(parse_shard("auto/4", environment, error)->index, 4u);  // --array=0-3
    variables["SLURM_ARRAY_TASK_MIN"] = "1";
    EXPECT_EQ(parse_shard("auto/4", environment, error)->index, 3u);  // --array=1-4
    variables["JOB_COMPLETION_INDEX"] = "4";
    EXPECT_FALSE(parse_shard("auto/4", environment, error));
}

TEST(CaseIdClaims, TheEarlierCaseKeepsTheIdWhateverOrderTheThreadsArriveIn) {
    CaseIdClaims claims;
    std::optional<std::size_t> late_owner;
    // Case 2 arrives first but waits for cases 0 and 1: case 0 owns "a", case 2 learns so.
    std::thread third([&] { late_owner = claims.claim(2, "a"); });
    std::thread second([&] { claims.pass(1); });
    EXPECT_EQ(claims.claim(0, "a"), std::nullopt);
    third.join();
    second.join();
    EXPECT_EQ(late_owner, std::optional<std::size_t>(0));
    EXPECT_EQ(claims.claim(3, "b"), std::nullopt);
}

CaseReport built(const std::string& file, const std::string& id) {
    CaseReport report;
    report.file = file;
    report.case_id = id;
    report.status = CaseStatus::Built;
    return report;
}

TEST(MergeSummaries, SortsByFileAndNamesMissingShardsAndIdsBuiltTwice) {
    BatchSummary first{Shard{1, 3}, {built("b.yaml", "x"), built("c.yaml", "y")}};
    BatchSummary third{Shard{3, 3}, {built("a.yaml", "x")}};
    auto merged = merge_summaries({first, third});
    ASSERT_EQ(merged.batch.cases.size(), 3u);
    EXPECT_EQ(merged.batch.cases[0].file, "a.yaml");
    EXPECT_THAT(merged.problems,
                ::testing::ElementsAre("shard 2 of 3 has no summary",
                                       "case id 'x' was built from both a.yaml and b.yaml"));
}

TEST(MergeSummaries, SummaryJsonReadsBackAsWritten) {
    BatchSummary summary{Shard{2, 5}, {built("a.yaml", "x")}};
    summary.cases[0].facts = {3, 25, 12, 1};
    std::string error;
    auto back = summary_from_json(nlohmann::json::parse(summary_json_text(summary)), error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(summary_json_text(*back), summary_json_text(summary));
}

// The text is made a case at a time; it must be what nlohmann would print for the whole tree
// (indented by two, keys in order), for no cases, one, and several with nested diagnostics.
TEST(MergeSummaries, SummaryTextIsTheWholeTreeIndentedByTwo) {
    CaseReport failed = built("c.yaml", "");
    failed.status = CaseStatus::Failed;
    failed.errors = 1;
    failed.diagnostics.push_back(
        {"c.yaml", 3, 7, Severity::Error, "", "bad \"date\"\nhere", "fix"});
    for (const BatchSummary& summary :
         {BatchSummary{std::nullopt, {}}, BatchSummary{Shard{1, 2}, {built("a.yaml", "x")}},
          BatchSummary{std::nullopt, {built("a.yaml", "x"), built("b.yaml", "y"), failed}}}) {
        for (const bool diagnostics : {false, true}) {
            const std::string text = summary_json_text(summary, {"out", diagnostics});
            EXPECT_EQ(text, nlohmann::json::parse(text).dump(2) + "\n");
        }
    }
    CaseReport in_folder = built("a.yaml", "x");
    in_folder.folder = "x";
    const std::string text =
        summary_json_text(BatchSummary{std::nullopt, {in_folder, failed}}, {"out", true});
    EXPECT_EQ(nlohmann::json::parse(text)["cases"][1]["diagnostics"][0]["message"],
              "bad \"date\"\nhere");
    EXPECT_EQ(nlohmann::json::parse(text)["cases"][0]["folder"], "out/x");
}

// Where the next build finds each case's last build: the built and unchanged cases of every
// summary in OUT (summary.json last, so it says what was built most recently), read without a
// JSON tree; a file that is not a summary is only a lost hint.
TEST(MergeSummaries, PreviousIdsComeFromEverySummaryInTheOutputFolder) {
    const auto out = testing::make_scratch_dir("previous-ids");
    CaseReport failed = built("c.yaml", "z");
    failed.status = CaseStatus::Failed;
    CaseReport unchanged = built("b.yaml", "y");
    unchanged.status = CaseStatus::Unchanged;
    testing::write_file(out / "summary-1-of-2.json",
                        summary_json_text({Shard{1, 2}, {built("a.yaml", "old"), failed}}));
    testing::write_file(out / "summary.json",
                        summary_json_text({std::nullopt, {built("a.yaml", "x"), unchanged}}));
    // Cut short after a whole entry: none of it counts.
    testing::write_file(out / "summary-2-of-2.json",
                        "{\"cases\": [{\"file\": \"d.yaml\", \"case\": \"w\", \"status\": "
                        "\"built\"},");
    EXPECT_THAT(previous_case_ids(out), ::testing::ElementsAre(::testing::Pair("a.yaml", "x"),
                                                               ::testing::Pair("b.yaml", "y")));
}

// An observer that prints each case's diagnostics as it finishes lets run_batch release them,
// so a batch of any size holds no more than the cases in flight; one that prints them at the end
// (JSON, SARIF) gets every report back whole.
class Recorder : public BatchObserver {
  public:
    explicit Recorder(bool wanted) : wanted_(wanted) {}
    void case_finished(const CaseReport& report) override {
        seen.push_back(report.diagnostics.size());
    }
    void progress(const BatchProgress&) override {}
    bool diagnostics_wanted_at_end() const override { return wanted_; }
    std::vector<std::size_t> seen;

  private:
    bool wanted_;
};

TEST(RunBatch, DiagnosticsAreReleasedOnceSeenUnlessWantedAtTheEnd) {
    const std::vector<std::filesystem::path> files = {"a.yaml", "b.yaml", "c.yaml"};
    auto one_case = [&](std::size_t index, const CaseDone& done) {
        CaseReport report;
        report.file = files[index].string();
        report.status = CaseStatus::Built;
        report.diagnostics.resize(index + 1);
        done(std::move(report));
    };
    for (bool wanted : {false, true}) {
        Recorder recorder(wanted);
        const auto reports = run_batch(files, 2, nullptr, one_case, recorder);
        EXPECT_EQ(recorder.seen, (std::vector<std::size_t>{1, 2, 3}));
        ASSERT_EQ(reports.size(), 3u);
        for (std::size_t i = 0; i < reports.size(); ++i) {
            EXPECT_EQ(reports[i].status, CaseStatus::Built);
            EXPECT_EQ(reports[i].diagnostics.size(), wanted ? i + 1 : 0u) << wanted;
        }
    }
}

}  // namespace
}  // namespace amparo::pipeline

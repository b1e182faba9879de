// `--shard K/N`: the K-th of N slices of a batch, so that N machines (a Kubernetes Indexed Job,
// a Slurm array, GNU parallel) build one batch between them without a scheduler of our own.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace amparo::pipeline {

struct Shard {
    std::size_t index = 1;  // 1-based, as jest, Playwright and node's test runner count
    std::size_t count = 1;
};

// Reads an environment variable; nullptr when unset (std::getenv in the CLI, a table in tests).
using EnvironmentLookup = std::function<const char*(const char*)>;

// Parses "K/N" (1 <= K <= N), or "auto/N", where K comes from the environment:
// JOB_COMPLETION_INDEX (Kubernetes Indexed Job, 0-based) or else SLURM_ARRAY_TASK_ID (offset by
// SLURM_ARRAY_TASK_MIN, 0 when unset, so `--array=0-3` and `--array=1-4` both work).
// On failure returns nullopt with `error` saying why.
std::optional<Shard> parse_shard(std::string_view text, const EnvironmentLookup& environment,
                                 std::string& error);

// The half-open range [first, last) of a `total`-case batch that `shard` builds: contiguous
// slices whose sizes differ by at most one, so every shard computes the same split.
struct ShardRange {
    std::size_t first = 0;
    std::size_t last = 0;
};
ShardRange shard_range(const Shard& shard, std::size_t total);

// "summary.json", or "summary-K-of-N.json" for a shard: shards may share one output folder.
std::string summary_file_name(const std::optional<Shard>& shard);

}  // namespace amparo::pipeline

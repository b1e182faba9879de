// Shard arithmetic and the environment variables of the engines that run shards.
#include "pipeline/shard.hpp"

#include <charconv>

namespace amparo::pipeline {

namespace {

std::optional<std::size_t> parse_count(std::string_view text) {
    std::size_t value = 0;
    auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (problem != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

// The 1-based shard index the engine running this process gives it.
std::optional<std::size_t> index_from_environment(const EnvironmentLookup& environment,
                                                  std::string& error) {
    if (const char* kubernetes = environment("JOB_COMPLETION_INDEX")) {
        auto index = parse_count(kubernetes);
        if (!index) error = "JOB_COMPLETION_INDEX is not a number";
        return index ? std::optional<std::size_t>(*index + 1) : std::nullopt;
    }
    if (const char* slurm = environment("SLURM_ARRAY_TASK_ID")) {
        const char* min_text = environment("SLURM_ARRAY_TASK_MIN");
        auto task = parse_count(slurm);
        auto min = min_text ? parse_count(min_text) : std::optional<std::size_t>(0);
        if (!task || !min || *task < *min) {
            error = "SLURM_ARRAY_TASK_ID (or SLURM_ARRAY_TASK_MIN) is not a usable number";
            return std::nullopt;
        }
        return *task - *min + 1;
    }
    error =
        "--shard auto/N needs JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm); "
        "neither is set";
    return std::nullopt;
}

}  // namespace

std::optional<Shard> parse_shard(std::string_view text, const EnvironmentLookup& environment,
                                 std::string& error) {
    const auto slash = text.find('/');
    auto count =
        slash == std::string_view::npos ? std::nullopt : parse_count(text.substr(slash + 1));
    if (!count) {
        error = "--shard takes K/N (e.g. 2/4: the second of four slices) or auto/N";
        return std::nullopt;
    }
    const std::string_view index_text = text.substr(0, slash);
    auto index =
        index_text == "auto" ? index_from_environment(environment, error) : parse_count(index_text);
    if (!index) {
        if (error.empty()) error = "--shard " + std::string(text) + ": K is not a number";
        return std::nullopt;
    }
    if (*count == 0 || *index == 0 || *index > *count) {
        error = "--shard " + std::to_string(*index) + "/" + std::to_string(*count) +
                ": K must be between 1 and N (shards are counted from 1)";
        return std::nullopt;
    }
    return Shard{*index, *count};
}

ShardRange shard_range(const Shard& shard, std::size_t total) {
    return {(shard.index - 1) * total / shard.count, shard.index * total / shard.count};
}

std::string summary_file_name(const std::optional<Shard>& shard) {
    if (!shard) return "summary.json";
    return "summary-" + std::to_string(shard->index) + "-of-" + std::to_string(shard->count) +
           ".json";
}

}  // namespace amparo::pipeline

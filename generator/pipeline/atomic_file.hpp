// Writing output files so that a failure never leaves a truncated file or clobbers a good one.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace amparo::pipeline {

// Writes `content` to a temporary file in the target's folder, flushes it to disk, then renames
// it over `target`. Returns an error message on failure (the target is then untouched).
std::optional<std::string> write_file_atomically(const std::filesystem::path& target,
                                                 std::string_view content);

}  // namespace amparo::pipeline

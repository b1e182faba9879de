// Where tests find the source tree, the amparo binary and a fresh scratch folder.
#pragma once

#include <filesystem>
#include <string>

namespace amparo::testing {

// The repository root (fixed when the tests are configured).
std::filesystem::path source_dir();

// The built amparo binary.
std::filesystem::path amparo_binary();

// A new empty folder under the system temp dir, unique to this call; removed when the test
// binary exits.
std::filesystem::path make_scratch_dir(const std::string& label);

// Reads a whole file; throws std::runtime_error when it cannot.
std::string read_file(const std::filesystem::path& path);

// Writes a whole file, creating parent folders.
void write_file(const std::filesystem::path& path, const std::string& content);

}  // namespace amparo::testing

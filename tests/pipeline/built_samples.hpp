// The shipped samples built once per test run with the real binary, shared by the tests that
// read the outputs (PDF readers, content checks).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace amparo::testing {

// The output folder of `amparo build samples/ -o DIR --formats pdf,docx,md`, built on first use.
const std::filesystem::path& built_samples();

// The case ids of the shipped samples (file names without .yaml).
std::vector<std::string> sample_ids();

}  // namespace amparo::testing

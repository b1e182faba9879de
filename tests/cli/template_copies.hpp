// Scratch copies of the shipped templates and samples that a test may break, as a template
// maintainer's own copy would be.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/test_paths.hpp"

namespace amparo::testing {

inline std::filesystem::path copy_of(const std::string& shipped, const std::string& label) {
    auto dir = make_scratch_dir(label) / shipped;
    std::filesystem::copy(source_dir() / shipped, dir, std::filesystem::copy_options::recursive);
    return dir;
}

inline std::filesystem::path copy_of_templates() { return copy_of("templates", "templates-copy"); }

// The samples with their exhibits and snapshots (<case>.expected/).
inline std::filesystem::path copy_of_samples() { return copy_of("samples", "samples-copy"); }

// Replaces the first `from` in the file; fails the test when the file lacks it.
inline void replace_in_file(const std::filesystem::path& file, const std::string& from,
                            const std::string& to) {
    std::string text = read_file(file);
    auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << file << " no longer holds: " << from;
    text.replace(at, from.size(), to);
    write_file(file, text);
}

// How many times `part` occurs in `text`.
inline std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
    return count;
}

}  // namespace amparo::testing

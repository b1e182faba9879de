// A shipped sample with its relief and circuit replaced, built to Markdown: how the tests see
// what one case's brief argues under another posture or in another circuit.
#pragma once

#include <gtest/gtest.h>
#include <filesystem>
#include <string>

#include "cli/amparo_run.hpp"

namespace amparo::testing {

// The brief of `sample` (e.g. "castillo-former-police", whose text says "relief: [asylum,
// withholding, cat]") with `relief` and `circuit` ("" removes the circuit) replaced.
inline std::string brief_for_variant(const std::string& sample, const std::string& label,
                                     const std::string& relief, const std::string& circuit) {
    namespace fs = std::filesystem;
    auto dir = make_scratch_dir(label);
    std::string text = read_file(source_dir() / "samples" / (sample + ".yaml"));
    const std::string sought = "relief: [asylum, withholding, cat]";
    text.replace(text.find(sought), sought.size(), "relief: " + relief);
    const auto at = text.find("    circuit: ");
    const auto end = text.find('\n', at);
    if (circuit.empty()) {
        text.erase(at, end - at + 1);
    } else {
        text.replace(at, end - at, "    circuit: " + circuit);
    }
    write_file(dir / "case.yaml", text);
    fs::copy(source_dir() / "samples/exhibits", dir / "exhibits", fs::copy_options::recursive);
    auto result = run_amparo(
        {"build", (dir / "case.yaml").string(), "-o", (dir / "out").string(), "--formats", "md"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return read_file(dir / "out" / sample / "brief.md");
}

}  // namespace amparo::testing

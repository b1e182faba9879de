// A shipped sample with some of its text changed, built to Markdown: how the tests see what one
// case's brief argues under another posture, in another circuit or with other facts.
#pragma once

#include <gtest/gtest.h>
#include <filesystem>
#include <functional>
#include <string>

#include "casefile/yaml_to_json.hpp"
#include "cli/amparo_run.hpp"
#include "support/built_markdown.hpp"

namespace amparo::testing {

struct BuiltVariant {
    CommandResult result;
    std::string brief;  // without its tables (see without_tables); empty when the build failed
    std::string declaration;    // empty when the build failed
    std::string exhibit_index;  // empty when the build failed
};

// Builds `sample` (e.g. "castillo-former-police") after `edit` has changed its text.
inline BuiltVariant build_edited_sample(const std::string& sample, const std::string& label,
                                        const std::function<void(std::string&)>& edit) {
    namespace fs = std::filesystem;
    auto dir = make_scratch_dir(label);
    std::string text = read_file(source_dir() / "samples" / (sample + ".yaml"));
    edit(text);
    write_file(dir / "case.yaml", text);
    fs::copy(source_dir() / "samples/exhibits", dir / "exhibits", fs::copy_options::recursive);
    BuiltVariant built;
    built.result = run_amparo(
        {"build", (dir / "case.yaml").string(), "-o", (dir / "out").string(), "--formats", "md"});
    const fs::path brief = dir / "out" / sample / "brief.md";
    if (fs::exists(brief)) built.brief = without_tables(read_file(brief));
    const fs::path declaration = dir / "out" / sample / "declaration.md";
    if (fs::exists(declaration)) built.declaration = read_file(declaration);
    const fs::path index = dir / "out" / sample / "exhibit-index.md";
    if (fs::exists(index)) built.exhibit_index = read_file(index);
    return built;
}

// Replaces the first `from` in `text` with `to` (the test fails if `from` is absent).
inline void replace_in(std::string& text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
}

// The brief of `sample`, whose text says "relief: [asylum, withholding, cat]", with `relief`
// and `circuit` ("" removes the circuit) replaced.
inline std::string brief_for_variant(const std::string& sample, const std::string& label,
                                     const std::string& relief, const std::string& circuit) {
    auto built = build_edited_sample(sample, label, [&](std::string& text) {
        replace_in(text, "relief: [asylum, withholding, cat]", "relief: " + relief);
        const auto at = text.find("    circuit: ");
        const auto end = text.find('\n', at);
        text.replace(at, end - at + 1, circuit.empty() ? "" : "    circuit: " + circuit + "\n");
    });
    EXPECT_EQ(built.result.exit_code, 0) << built.result.err;
    return built.brief;
}

// Whether a built .md cites the authority `key` of templates/authorities.yaml: its full or
// its short citation, printed as the registry writes it (case names in *italics*).
inline bool cites(const std::string& built_markdown, const std::string& key) {
    const std::string markdown = with_straight_quotes(built_markdown);
    static const nlohmann::json registry = [] {
        Diagnostics problems;
        auto read = yaml_file_to_json((source_dir() / "templates/authorities.yaml").string(),
                                      problems, YamlFileKind{"the authorities registry"});
        return read ? read->value : nlohmann::json::object();
    }();
    const bool known = registry.contains(key);
    EXPECT_TRUE(known) << "no authority " << key << " in the registry";
    if (!known) return false;
    for (const char* form : {"full", "short"}) {
        const auto& entry = registry[key];
        if (entry.contains(form) && entry[form].is_string() &&
            markdown.find(entry[form].get<std::string>()) != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace amparo::testing

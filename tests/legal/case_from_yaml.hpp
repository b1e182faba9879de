// A case written inline in a test, loaded as the pipeline loads a validated case file: the JSON,
// the positions of its values in "case.yaml" and the typed view built from them. The text is not
// checked against the schema, so a test can hold only the fields its check reads.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "casefile/case_loader.hpp"
#include "casefile/case_view.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo::testing {

inline LoadedCase case_from_yaml(const std::string& text) {
    Diagnostics problems;
    auto document = yaml_to_json(text, "case.yaml", problems);
    EXPECT_TRUE(document && problems.empty()) << text;
    if (!document) return {};
    return LoadedCase{"case.yaml",         ".",
                      "case.yaml",         document->value,
                      document->positions, build_case_view(document->value, document->positions)};
}

// `text` with its first `from` replaced by `to` (the test fails if `from` is absent).
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

}  // namespace amparo::testing

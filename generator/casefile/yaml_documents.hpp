// How many YAML documents a case file holds, found without yaml-cpp's LoadAll: LoadAll never
// returns on some malformed input (a stray `,`), building empty documents until memory runs out.
#pragma once

#include <yaml-cpp/mark.h>

#include <cstddef>
#include <optional>
#include <string>

namespace amparo {

struct YamlDocumentScan {
    std::size_t count = 0;
    std::optional<YAML::Mark> second_root;  // where the second document's value starts
    // Where yaml-cpp stopped making progress: a syntax error it does not report itself.
    std::optional<YAML::Mark> stuck_at;
};

// Reads the whole stream once, as events. Throws YAML::ParserException on a syntax error, as
// YAML::Load does.
YamlDocumentScan scan_yaml_documents(const std::string& text);

}  // namespace amparo

// YAML text -> JSON value with source positions, resolving scalars by the YAML 1.2 core schema.
//
// The schema is checked by valijson on nlohmann::json, so every YAML file amparo reads (case
// files, the authorities registry, court profiles) is converted here. YAML readers accept
// duplicate keys, several documents and alias bombs silently; this conversion refuses all three.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "casefile/diagnostic.hpp"
#include "casefile/source_position.hpp"

namespace amparo {

struct JsonWithPositions {
    nlohmann::json value;
    PositionTable positions;
};

struct YamlLimits {
    // Nodes visited while converting, aliases counted each time they are expanded: a real case
    // has a few thousand; an alias bomb reaches this within milliseconds and is refused.
    std::size_t max_nodes = 200000;
    std::size_t max_depth = 64;
};

// What kind of file is read, for the messages about a file that is not one mapping.
struct YamlFileKind {
    std::string name = "a case file";
    std::string one_document_hint = "put each case in its own file";
    std::string empty_hint =
        "a case file is a mapping with at least `case`, `applicant`, `incidents` and `claims`";
    std::string mapping_hint =
        "start with `case:`, `applicant:`, `incidents:` and `claims:` at the left margin, without "
        "a leading `- `";
};

// Converts one YAML document whose top level is a mapping. Problems are added to `diagnostics`
// naming `display_name`; returns nullopt when the text cannot be converted at all.
std::optional<JsonWithPositions> yaml_to_json(const std::string& text,
                                              const std::string& display_name,
                                              Diagnostics& diagnostics,
                                              const YamlLimits& limits = {},
                                              const YamlFileKind& kind = {});

// The same for one of amparo's own data files (the authorities registry, a court profile): reads
// `file`, and reports a file that cannot be read at line 0.
std::optional<JsonWithPositions> yaml_file_to_json(const std::string& file,
                                                   Diagnostics& diagnostics,
                                                   const YamlFileKind& kind);

}  // namespace amparo

// YAML text -> JSON value with source positions, resolving scalars by the YAML 1.2 core schema.
//
// valijson's yaml-cpp adapter does not compile with Debian's valijson, so the case is converted
// to nlohmann::json here. yaml-cpp also accepts duplicate keys, several documents and alias bombs
// silently; this conversion refuses all three.
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

// Converts one YAML document. Problems are added to `diagnostics` naming `display_name`;
// returns nullopt when the text cannot be converted at all.
std::optional<JsonWithPositions> yaml_to_json(const std::string& text,
                                              const std::string& display_name,
                                              Diagnostics& diagnostics,
                                              const YamlLimits& limits = {});

}  // namespace amparo

// Turns valijson's errors into messages a paralegal can act on, at the right line.
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo {

struct SchemaError {
    std::string pointer;      // where in the case the failing value is
    std::string description;  // valijson's text
};

// One diagnostic per failing value: the cascade valijson adds for every ancestor ("Failed to
// validate item #0 ...") is dropped, as are errors at pointers in `already_reported` and
// valijson's unknown-property error (check_fields reports every unknown field itself).
Diagnostics describe_schema_errors(const nlohmann::json& schema, const JsonWithPositions& document,
                                   const std::vector<SchemaError>& errors,
                                   const std::set<std::string>& already_reported,
                                   const std::string& file);

}  // namespace amparo

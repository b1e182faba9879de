// Walks a case value alongside its JSON Schema, for checks that need the schema's structure
// (unknown field names with suggestions, calendar dates). Structural validation itself is
// valijson's job (case_schema.cpp); this only follows `properties`, `items` and local `$ref`s.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace amparo {

// Follows a local "$ref" ("#/definitions/x") chain; returns the schema itself when it has none.
const nlohmann::json& resolve_ref(const nlohmann::json& root_schema, const nlohmann::json& schema);

// Calls `visit(value, subschema, pointer)` for the value and every nested value the schema
// describes through `properties` or `items`.
using SchemaVisitor = std::function<void(const nlohmann::json& value, const nlohmann::json& schema,
                                         const std::string& pointer)>;
void walk_with_schema(const nlohmann::json& root_schema, const nlohmann::json& value,
                      const SchemaVisitor& visit);

// Every leaf path the schema describes, "/incidents/*/date": a property with no properties of
// its own, where '*' stands for any item of a list of objects. Properties stated inside
// anyOf/oneOf/allOf branches count too.
std::vector<std::string> schema_leaf_paths(const nlohmann::json& root_schema);

// The subschema describing the value at `pointer`, or nullptr when the schema does not say.
const nlohmann::json* subschema_at(const nlohmann::json& root_schema, const std::string& pointer);

}  // namespace amparo

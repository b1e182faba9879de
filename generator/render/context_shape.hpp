// The shape of the template context: the case schema with the computed fields of
// schemas/context.schema.json merged in and every $ref resolved, for the template linter.
#pragma once

#include <nlohmann/json.hpp>

namespace amparo::render {

// Marks a property the context schema adds (a computed field, set by the context builder), as
// opposed to one of the case schema, which a case may leave out unless its parent lists it as
// required.
inline constexpr const char* kComputedMark = "x-amparo-computed";

// In the context schema: a case field that the context builder fills when the case leaves it out
// (an exhibit's `tab`), so that templates may use it as always set.
inline constexpr const char* kAlwaysSetMark = "x-amparo-always-set";

nlohmann::json context_shape(const nlohmann::json& case_schema,
                             const nlohmann::json& context_schema);

// True when a case may lack `name`, a property of `parent` in the shape: a case-schema field the
// parent does not require and the context does not fill.
bool may_be_absent(const nlohmann::json& parent, const std::string& name);

}  // namespace amparo::render

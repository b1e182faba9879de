// A placeholder tells the user which case field would fill it ("[[TO COMPLETE: court name
// (case.court.name)]]"). When a field is renamed or misspelled, the placeholder sends the user to
// a field the case file cannot have; lint warns (a warning, not an error: a one-word aside in
// parentheses, "(approximate)", reads like a field name and must not stop a build).
#pragma once

#include <nlohmann/json.hpp>

#include "casefile/diagnostic.hpp"
#include "render/template_set.hpp"

namespace amparo::render {

// One warning per field named in a placeholder's parentheses that the case schema does not define,
// or that only amparo computes. `shape` is context_shape() of the case and context schemas.
// Parentheses that are not a list of field names ("(Decl. ¶ 4)", "(the version-1 text ...)")
// are prose and are not checked.
Diagnostics placeholder_field_problems(const TemplateSet& templates, const nlohmann::json& shape);

}  // namespace amparo::render

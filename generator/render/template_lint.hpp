// Static checks of a template set: every name is defined by the case schema or the computed
// fields, partials exist and do not loop, sections balance, tags are well formed, citations
// name registry entries that may be cited, and an optional field is interpolated only inside a
// section that guards it.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "casefile/civil_date.hpp"
#include "casefile/diagnostic.hpp"
#include "render/authority_registry.hpp"
#include "render/context_shape.hpp"
#include "render/template_set.hpp"

namespace amparo::render {

struct LintInputs {
    const TemplateSet& templates;
    const AuthorityRegistry& registry;
    const nlohmann::json& case_schema;     // schemas/case.schema.json
    const nlohmann::json& context_schema;  // schemas/context.schema.json
    CivilDate today;                       // for the 180-day re-check of authority statuses
};

// A placeholder written inside `{{^path}}...{{/path}}` at the top level: it must not appear for
// a case where `path` is set.
struct GuardedPlaceholder {
    std::string text;  // what follows "[[TO COMPLETE:"
    std::string path;  // dotted name from the root of the context
};

struct LintResult {
    Diagnostics diagnostics;
    std::vector<GuardedPlaceholder> guarded_placeholders;
};

LintResult lint_templates(const LintInputs& inputs);

}  // namespace amparo::render

// The checks of one template that need neither schema nor registry: tags well formed, sections
// closed in the order they were opened. lint-templates runs them on every file; the renderer
// runs them when kainjow refuses a template, to say where the problem is.
#pragma once

#include "casefile/diagnostic.hpp"
#include "render/template_set.hpp"

namespace amparo::render {

Diagnostics structure_problems(const TemplateFile& file);

// The same for every file of the set, in name order.
Diagnostics structure_problems(const TemplateSet& templates);

}  // namespace amparo::render

// A court of appeals' decision binds only its own circuit. A template may cite one as the rule
// only inside the section of that circuit (`{{#case.circuit_ninth}}`); elsewhere it is
// persuasive at most and must be introduced as such ("See", "see also", "Cf.").
#pragma once

#include <vector>

#include "casefile/diagnostic.hpp"
#include "render/authority_registry.hpp"
#include "render/template_set.hpp"

namespace amparo::render {

// One warning per citation of a circuit decision that stands as sole support outside its
// circuit's section.
Diagnostics out_of_circuit_citations(const TemplateSet& templates,
                                     const AuthorityRegistry& registry);

}  // namespace amparo::render

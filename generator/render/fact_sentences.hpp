// The composed sentences of the template context: each fact told in the first person (for the
// declaration) and in the third person (for the brief), and the declaration's timeline.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "casefile/case_view.hpp"
#include "render/case_context.hpp"

namespace amparo::render {

// Adds `first_person` / `third_person` sentences to family members, occupations, the entry,
// reports, witnesses, injuries, words said, events and relocation attempts; a `paragraph_key`
// and `decl_cite` to every fact the brief cites by declaration paragraph; and the timeline
// (`timeline_before_arrival`, `timeline_after_arrival`: incidents and events in date order).
// Reads the facts from `view`, its incidents and events in telling order (in_telling_order) as
// the context lists them; expects exhibits' tabs known (`tabs`: exhibit id -> cite).
void add_fact_sentences(nlohmann::json& context, const CaseView& view, const ContextInputs& inputs,
                        const std::map<std::string, std::string>& tabs);

}  // namespace amparo::render

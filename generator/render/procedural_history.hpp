// The statement of facts' procedural history: what happened in the case, in the order it
// happened. An applicant is usually interviewed at the border or for credible fear before DHS
// serves the Notice to Appear; a fixed order of sentences told the interview after the notice.
#pragma once

#include <nlohmann/json.hpp>

#include "casefile/case_view.hpp"

namespace amparo::render {

// Sets case.procedural_history: one {sentence} per dated step (interviews, the Notice to
// Appear, the filing; in a Board appeal the decision and the notice of appeal) in date order,
// then the applicant's detention and the next hearing. Needs the applicant's pronouns, the
// dates' texts and the relief list (relief_list) already in the context.
void add_procedural_history(nlohmann::json& context, const CaseView& view);

}  // namespace amparo::render

// The prior statements' differences with the declaration, as the attorney memo, the brief's
// credibility part and report.json tell them: each one's two sides, their sources and the case's
// explanation.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "casefile/case_view.hpp"

namespace amparo::render {

// Sets `has_prior_statements` and, when the case has any, `consistency`:
// `statements[]` (each with `title`, `Record_phrase`, its `discrepancies[]` side by side and
// `agrees` when what it records all matches), `explained[]` (the differences the brief
// addresses) and `unexplained_count`. Expects incidents prepared (`date_text`, `place_text`,
// `perpetrator_names`, `decl_cite`), statements' `date_text` and `tabs` (exhibit id -> cite).
// The differences come from legal::find_discrepancies.
void add_consistency(nlohmann::json& context, const CaseView& view,
                     const std::map<std::string, std::string>& tabs);

// report.json's `prior_statements`: per statement its id, kind, date and source, and each
// discrepancy with the aspect, the incident, both sides ({source, says}) and the explanation
// (null when the case gives none). Read from a context built by add_consistency.
nlohmann::json consistency_report(const nlohmann::json& context);

}  // namespace amparo::render

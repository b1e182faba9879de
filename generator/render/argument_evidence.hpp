// The evidence each argument of the brief rests on, gathered from the structured facts with
// their citations, so the templates argue from the record instead of pasting a paragraph the
// paralegal wrote. Every sentence is in the brief's voice (third person).
#pragma once

#include <nlohmann/json.hpp>

#include "render/prose/facts.hpp"

namespace amparo::render {

// `nexus_evidence`: the time from each protected act (a report to the authorities, a public
// exposure, a resignation, a desertion, informant work) to the next harm ("Three weeks later,
// ..."), and the persecutors' own words that the case marks `reveals_ground`.
// Expects the context's incidents and events told (facts sentences and declaration cites), and
// `view` in telling order like them.
void add_nexus_evidence(nlohmann::json& context, const CaseView& view, const prose::Voice& brief,
                        const prose::People& people);

// `state_protection_evidence`, `cat_evidence` and `relocation_evidence`: what the reports to
// the authorities achieved and who made them, the officials who took part in the harm kept
// apart from those who knew and did nothing, and the facts that bear on the likelihood of
// torture and on relocation.
void add_protection_evidence(nlohmann::json& context, const CaseView& view,
                             const prose::Voice& brief, const prose::People& people);

// `country_conditions_evidence`: what the country-conditions findings show, told for the
// state-protection, political-opinion and CAT arguments, each with its exhibit citation.
// Expects the findings' `evidence_cites` set.
void add_country_conditions(nlohmann::json& context, const CaseView& view,
                            const prose::Voice& brief);

}  // namespace amparo::render

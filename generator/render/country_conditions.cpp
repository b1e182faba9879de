// The country-conditions findings (`claims.country_conditions`) argued where each one bears:
// self-defense groups and impunity show a state that does not protect; officials controlled by
// the cartel show unwillingness, complicity for CAT, and make opposing the cartel opposition to
// the power that governs in practice (the asylum literature's "de facto authority" framing,
// argued as framing, never as a rule: ../shared/legal/elements.md); officials who fight the
// cartel are the government's point, answered where the CAT template states that a state does
// not act monolithically. Sentences are in the brief's voice and cite their exhibits.
#include "render/argument_evidence.hpp"
#include "render/prose/sentence.hpp"
#include "render/telling_order.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

std::string in_place(const CountryCondition& finding) {
    return finding.place ? " in " + prose::place_name(*finding.place) : "";
}

// "in Tamaulipas, Mexico (Ex. D)": a citation inside a sentence, which goes on after it.
std::string cited_inside(const std::string& text, const std::string& cite) {
    return cite.empty() ? text : text + " (" + cite + ")";
}

// The finding's own sentence, its details and its citation (`cite`, computed in the context); the
// citation follows the details when there are any, so that it covers them.
std::string told(const std::string& sentence, const CountryCondition& finding,
                 const std::string& cite) {
    if (!finding.details) return prose::cited(prose::as_sentence(sentence), cite);
    return prose::as_sentence(sentence) + " " +
           prose::cited(prose::as_sentence(finding.details->value), cite);
}

}  // namespace

void add_country_conditions(json& context, const CaseView& view, const prose::Voice& brief) {
    json state = json::array(), opinion = json::array(), cat = json::array();
    const bool state_part =
        context.value("relief_asylum", false) || context.value("relief_withholding", false);
    // Country evidence speaks of the cartels in general, not of the applicant's persecutors.
    for_each_told(
        context["claims"], "country_conditions", view.claims.country_conditions,
        [&](const json& cited, const CountryCondition& finding) {
            const std::string kind = value_or(finding.finding);
            const std::string cite = cited.value("evidence_cites", "");
            const std::string where = in_place(finding);
            if (kind == "self-defense-groups") {
                state.push_back(
                    {{"sentence", told("Residents" + where +
                                           " formed armed self-defense groups because the police "
                                           "would not protect them from the cartels",
                                       finding, cite) +
                                      " Citizens who take up arms to do what the police will not "
                                      "are evidence that the state is not controlling the "
                                      "violence."}});
            } else if (kind == "impunity") {
                state.push_back({{"sentence", told("Violent crimes" + where +
                                                       " are rarely investigated and more rarely "
                                                       "punished",
                                                   finding, cite) +
                                                  " A report would not have brought " +
                                                  brief.object() + " protection."}});
            } else if (kind == "cartel-controls-officials") {
                // One finding, three arguments: stated in full (with its details) in the
                // state-protection part, referred to in a different sentence in the others, so
                // that no sentence is said three times. A CAT-only brief has no state-protection
                // part, so its CAT part carries the details.
                state.push_back({{"sentence", told("The cartels control public officials" + where,
                                                   finding, cite) +
                                                  " Officials who answer to the cartels are "
                                                  "unwilling to protect those who oppose them."}});
                opinion.push_back(
                    {{"sentence",
                      cited_inside("Where a cartel rules through the officials it "
                                   "controls, as the cartels do" +
                                       (where.empty() ? std::string(" here") : where),
                                   cite) +
                          ", opposing it is opposing the power that governs in practice, "
                          "and " +
                          brief.name() + "'s stand against " + brief.possessive() +
                          " persecutors was of that kind: a position on who governs "
                          "and how, not a private quarrel."}});
                const std::string officials = "The officials" + where + (where.empty() ? "" : ",") +
                                              " who answer to the cartels";
                cat.push_back(
                    {{"sentence",
                      (state_part ? cited_inside(officials, cite) + " do more than fail to stop "
                                                                    "them: that is complicity."
                                  : told(officials + " do more than fail to stop them: that is "
                                                     "complicity",
                                         finding, cite))}});
            } else if (kind == "officials-fight-cartel") {
                cat.push_back(
                    {{"sentence", told("Some officials" + where + " do act against the cartels",
                                       finding, cite) +
                                      " That some officials fight the cartels does not "
                                      "rule out acquiescence by others in " +
                                      brief.possessive() + " torture."}});
            }
        });
    // The state-protection argument concludes from these findings as from the reports.
    if (!state.empty()) context["state_protection_evidence"]["any"] = true;
    context["country_conditions_evidence"] = {{"state_protection", state},
                                              {"political_opinion", opinion},
                                              {"cat", cat},
                                              {"has_state_protection", !state.empty()},
                                              {"has_political_opinion", !opinion.empty()},
                                              {"has_cat", !cat.empty()}};
}

}  // namespace amparo::render

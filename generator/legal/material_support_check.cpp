// Help given to a designated cartel may be material support to a terrorist organization
// (8 U.S.C. § 1182(a)(3)(B)(iv)(VI)): a bar an attorney must weigh before anything is filed.
// The finding comes from the facts the case records under `support_given`; an extortion by a
// designated group with no such record only asks for it to be recorded.
#include <algorithm>
#include <set>

#include "legal/legal_checks.hpp"

namespace amparo::legal {

namespace {

// Recorded help to a designated group, unreviewed: the case must not build, because every
// document would present the payments as persecution without the attorney's decision.
void check_recorded_support(const LoadedCase& loaded, const std::set<std::string>& designated,
                            Diagnostics& out) {
    for (const auto& support : loaded.view.support_given) {
        if (!support.to || !designated.count(support.to->value)) continue;
        out.push_back(at_case_value(
            loaded, support.to->where, Severity::Error,
            "help given to a designated terrorist organization: a possible material-support bar "
            "to asylum and withholding, not yet reviewed by an attorney",
            "an attorney must review it and record the decision in "
            "attorney_review.material_support_acknowledged (true) and material_support_notes; "
            "the case builds once it is recorded"));
    }
}

bool lists(const ListField& list, const std::string& value) {
    return list && std::find(list->value.begin(), list->value.end(), value) != list->value.end();
}

// An extortion by a designated group usually means payments; unrecorded, they escape review.
void ask_for_unrecorded_payments(const LoadedCase& loaded, const std::set<std::string>& designated,
                                 Diagnostics& out) {
    if (!loaded.view.support_given.empty()) return;
    for (const auto& incident : loaded.view.incidents) {
        const bool by_designated =
            incident.perpetrators &&
            std::any_of(incident.perpetrators->value.begin(), incident.perpetrators->value.end(),
                        [&](const std::string& id) { return designated.count(id) > 0; });
        if (!by_designated || !lists(incident.harms, "extortion")) continue;
        out.push_back(at_case_value(
            loaded, incident.harms->where, Severity::Warning,
            "extortion by a designated terrorist organization: if anything was paid or given, it "
            "is a possible material-support bar",
            "record what was given under support_given (an attorney must then review it)"));
        return;  // one request per case
    }
}

}  // namespace

std::set<std::string> designated_persecutors(const CaseView& view) {
    std::set<std::string> designated;
    for (const auto& persecutor : view.persecutors) {
        if (is_set(persecutor.designated_terrorist_organization) && persecutor.id) {
            designated.insert(persecutor.id->value);
        }
    }
    return designated;
}

void check_material_support(const LoadedCase& loaded, Diagnostics& out) {
    const auto designated = designated_persecutors(loaded.view);
    if (designated.empty()) return;
    const auto& review = loaded.view.attorney_review;
    if (review && is_set(review->material_support_acknowledged)) return;
    check_recorded_support(loaded, designated, out);
    ask_for_unrecorded_payments(loaded, designated, out);
}

}  // namespace amparo::legal

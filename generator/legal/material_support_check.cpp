// Help given to a designated cartel may be material support to a terrorist organization
// (8 U.S.C. § 1182(a)(3)(B)(iv)(VI)): a bar an attorney must weigh before anything is filed.
// The finding comes from the facts the case records under `support_given`; an extortion by a
// designated group with no such record only asks for it to be recorded.
#include <algorithm>
#include <set>

#include "casefile/json_pointer.hpp"
#include "legal/legal_checks.hpp"

namespace amparo::legal {

namespace {

// Recorded help to a designated group, unreviewed: the case must not build, because every
// document would present the payments as persecution without the attorney's decision.
void check_recorded_support(const LoadedCase& loaded, const std::set<std::string>& designated,
                            Diagnostics& out) {
    const auto& support = loaded.data.value("support_given", nlohmann::json::array());
    for (std::size_t i = 0; i < support.size(); ++i) {
        if (!designated.count(support[i]["to"].get<std::string>())) continue;
        out.push_back(at_case_value(
            loaded, pointer_append(pointer_append("/support_given", i), "to"), Severity::Error,
            "help given to a designated terrorist organization: a possible material-support bar "
            "to asylum and withholding, not yet reviewed by an attorney",
            "an attorney must review it and record the decision in "
            "attorney_review.material_support_acknowledged (true) and material_support_notes; "
            "the case builds once it is recorded"));
    }
}

// An extortion by a designated group usually means payments; unrecorded, they escape review.
void ask_for_unrecorded_payments(const LoadedCase& loaded, const std::set<std::string>& designated,
                                 Diagnostics& out) {
    if (!loaded.data.value("support_given", nlohmann::json::array()).empty()) return;
    const auto& incidents = loaded.data["incidents"];
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        const auto& incident = incidents[i];
        bool by_designated = false;
        for (const auto& id : incident.value("perpetrators", nlohmann::json::array())) {
            by_designated |= designated.count(id.get<std::string>()) > 0;
        }
        const auto harms = incident.value("harms", nlohmann::json::array());
        if (!by_designated || std::find(harms.begin(), harms.end(), "extortion") == harms.end()) {
            continue;
        }
        out.push_back(at_case_value(
            loaded, pointer_append(pointer_append("/incidents", i), "harms"), Severity::Warning,
            "extortion by a designated terrorist organization: if anything was paid or given, it "
            "is a possible material-support bar",
            "record what was given under support_given (an attorney must then review it)"));
        return;  // one request per case
    }
}

}  // namespace

std::set<std::string> designated_persecutors(const nlohmann::json& data) {
    std::set<std::string> designated;
    for (const auto& persecutor : data.value("persecutors", nlohmann::json::array())) {
        if (persecutor.value("designated_terrorist_organization", false)) {
            designated.insert(persecutor["id"].get<std::string>());
        }
    }
    return designated;
}

void check_material_support(const LoadedCase& loaded, Diagnostics& out) {
    const auto designated = designated_persecutors(loaded.data);
    if (designated.empty()) return;
    if (loaded.data.value(
            nlohmann::json::json_pointer("/attorney_review/material_support_acknowledged"),
            false)) {
        return;
    }
    check_recorded_support(loaded, designated, out);
    ask_for_unrecorded_payments(loaded, designated, out);
}

}  // namespace amparo::legal

// Payments to, or goods kept for, a designated cartel may be material support to a terrorist
// organization (8 U.S.C. § 1182(a)(3)(B)(iv)(VI)): a bar an attorney must weigh before filing.
#include <algorithm>
#include <cctype>
#include <set>

#include "casefile/json_pointer.hpp"
#include "legal/legal_checks.hpp"

namespace amparo::legal {

namespace {

// Words in an account that suggest the applicant paid or stored something for the persecutor.
bool mentions_support(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // Verb forms only: "store" and "hid" also name a shop ("his hardware store") and the
    // applicant's own hiding, which flagged soldiers and police officers for nothing.
    for (const char* word : {"cuota", "paid", "pay ", "payment", "pagu", "pagar", "stored",
                             "storing", "guardar", "transport"}) {
        if (text.find(word) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

void check_material_support(const LoadedCase& loaded, Diagnostics& out) {
    const auto& data = loaded.data;
    if (data.value(nlohmann::json::json_pointer("/attorney_review/material_support_acknowledged"),
                   false)) {
        return;
    }
    std::set<std::string> designated;
    for (const auto& persecutor : data.value("persecutors", nlohmann::json::array())) {
        if (persecutor.value("designated_terrorist_organization", false)) {
            designated.insert(persecutor["id"].get<std::string>());
        }
    }
    if (designated.empty()) return;
    const auto& incidents = data["incidents"];
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        const auto& incident = incidents[i];
        bool by_designated = false;
        for (const auto& id : incident.value("perpetrators", nlohmann::json::array())) {
            by_designated |= designated.count(id.get<std::string>()) > 0;
        }
        auto harms = incident.value("harms", nlohmann::json::array());
        bool extortion = std::find(harms.begin(), harms.end(), "extortion") != harms.end();
        if (by_designated && (extortion || mentions_support(incident.value("account", "")))) {
            out.push_back(at_case_value(
                loaded, pointer_append(pointer_append("/incidents", i), "account"),
                Severity::Warning,
                "possible material support to a designated organization (payments or goods "
                "given to a group designated since February 20, 2025): a bar to asylum and "
                "withholding",
                "an attorney must review it and record the decision in "
                "attorney_review.material_support_acknowledged and material_support_notes"));
            return;  // one flag per case: the review covers every incident
        }
    }
}

}  // namespace amparo::legal

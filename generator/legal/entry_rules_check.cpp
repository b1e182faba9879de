// Entries between ports after the 2024 rule and the 2025 proclamation: the attorney must check
// their status at filing (authorities registry: stb-rule, proc-10888).
#include "legal/legal_checks.hpp"

namespace amparo::legal {

void check_entry_rules(const LoadedCase& loaded, Diagnostics& out) {
    const auto& entry = loaded.view.applicant.entry;
    if (!entry || !entry->manner || entry->manner->value != "between-ports" || !entry->date) {
        return;
    }
    // An arrival known only by its month or year is checked at its last possible day: "January
    // 2025" may be after the proclamation, and the attorney must then check it.
    const CivilDate entered = last_day_of(entry->date->value);
    const CivilDate rule_start{2024, 6, 5};
    const CivilDate proclamation{2025, 1, 20};
    if (entered >= proclamation) {
        out.push_back(at_case_value(
            loaded, entry->manner->where, Severity::Warning,
            "entry between ports on or after January 20, 2025: check the current status of "
            "Proclamation 10888 and of the June 2024 rule (8 C.F.R. § 1208.35) before filing",
            "both were challenged in court; record in the case notes what applies at filing"));
    } else if (entered >= rule_start) {
        out.push_back(at_case_value(
            loaded, entry->manner->where, Severity::Warning,
            "entry between ports on or after June 5, 2024: check the current status of the "
            "June 2024 rule (8 C.F.R. § 1208.35) and its exceptions before filing",
            "the rule was vacated by a district court in May 2025 with an appeal pending"));
    }
}

}  // namespace amparo::legal

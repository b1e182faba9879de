// Runs every legal check and places what they find.
#include "legal/legal_checks.hpp"

#include <algorithm>

#include "casefile/json_pointer.hpp"

namespace amparo::legal {

Diagnostic at_case_value(const LoadedCase& loaded, const SourceRef& where, Severity severity,
                         std::string message, std::string hint) {
    return {loaded.display_name,
            where.pos.line,
            where.pos.column,
            severity,
            pointer_to_path(where.pointer),
            std::move(message),
            std::move(hint)};
}

bool seeks_relief(const Proceedings& proceedings, std::string_view relief) {
    if (!proceedings.relief) return false;
    const auto& sought = proceedings.relief->value;
    return std::find(sought.begin(), sought.end(), relief) != sought.end();
}

Diagnostics check_legal(const LoadedCase& loaded, const CheckContext& context) {
    Diagnostics out;
    check_deadlines(loaded, context, out);
    check_entry_rules(loaded, out);
    check_appeal(loaded, out);
    check_material_support(loaded, out);
    check_consistency(loaded, context, out);
    check_voice(loaded, out);
    check_quotations_told_twice(loaded, out);
    sort_by_position(out);
    return out;
}

}  // namespace amparo::legal

// Legal checks run after the schema: deadlines, bars and flags an attorney must see before filing,
// and consistency between parts of the case, read from the typed view (LoadedCase::view). They
// warn; they never rewrite the case.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "casefile/case_loader.hpp"
#include "casefile/civil_date.hpp"
#include "casefile/diagnostic.hpp"

namespace amparo::legal {

struct CheckContext {
    CivilDate today;  // deadlines are measured against it (today_utc() in the CLI)
};

Diagnostics check_legal(const LoadedCase& loaded, const CheckContext& context);

// The parts, each in its own file; check_legal runs them all.
void check_deadlines(const LoadedCase& loaded, const CheckContext& context, Diagnostics& out);
void check_entry_rules(const LoadedCase& loaded, Diagnostics& out);
// A Board appeal: the decision appealed, the notice's timing, each finding answered in the brief.
void check_appeal(const LoadedCase& loaded, Diagnostics& out);
void check_material_support(const LoadedCase& loaded, Diagnostics& out);

// Ids of the case's persecutors that are designated terrorist organizations.
std::set<std::string> designated_persecutors(const CaseView& view);
void check_consistency(const LoadedCase& loaded, const CheckContext& context, Diagnostics& out);
// Free text in the voice its field is printed in (docs/case-file.md, "Voice").
void check_voice(const LoadedCase& loaded, Diagnostics& out);
// An incident's account that paraphrases the words it also quotes.
void check_quotations_told_twice(const LoadedCase& loaded, Diagnostics& out);

// Whether `case.relief` asks for `relief` ("asylum", "withholding", "cat").
bool seeks_relief(const Proceedings& proceedings, std::string_view relief);

// A diagnostic placed at a value of the case.
Diagnostic at_case_value(const LoadedCase& loaded, const SourceRef& where, Severity severity,
                         std::string message, std::string hint);

}  // namespace amparo::legal

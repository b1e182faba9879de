// What a Board appeal brief says about the decision it appeals: each finding challenged with the
// standard the Board reviews it under, grouped by the part of the argument that answers it.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "casefile/case_view.hpp"

namespace amparo::render {

// Whether a Board appeal challenges a finding that `section` of the argument answers.
bool appeal_challenges(const Proceedings& proceedings, std::string_view section);

// In a bia-appeal with case.appeal: sets case.appeal.decision_date_text, and on each of
// case.appeal.errors its `standard` ("a finding of fact, which the Board reviews for clear
// error") and `error_is` (the sentence that opens the answer); lists the errors again under
// case.appeal.on_<section> ("on_past_persecution"), one list per section of the argument, and
// sets case.appeal.has_errors. Other postures keep case.appeal as the case gives it: the brief
// does not read it.
void add_appeal_context(nlohmann::json& context, const Proceedings& proceedings);

}  // namespace amparo::render

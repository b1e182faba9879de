#include "render/appeal_context.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "render/legal_text.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

struct Review {
    const char* standard;  // completes "The finding that ... is"
    const char* error_is;  // the sentence after the finding in the argument
};

// The Board reviews facts, credibility included, for clear error, and questions of law,
// discretion and judgment de novo (8 C.F.R. § 1003.1(d)(3)(i)-(ii), read in secondary sources
// quoting it; not in the registry, so the brief asks the attorney for the citation).
const std::map<std::string, Review>& reviews() {
    static const std::map<std::string, Review> by_question = {
        {"fact",
         {"a finding of fact, which the Board reviews for clear error",
          "That finding is clearly erroneous, for the reasons that follow."}},
        {"credibility",
         {"a credibility finding, which the Board reviews for clear error",
          "That finding is clearly erroneous, for the reasons that follow."}},
        {"law",
         {"a ruling on a question of law, which the Board reviews de novo",
          "That was legal error, for the reasons that follow."}},
        {"discretion",
         {"an exercise of discretion, which the Board reviews de novo",
          "The Board should decide otherwise, for the reasons that follow."}},
        {"mixed",
         {"an application of the law to the facts: the Board reviews the facts found for clear "
          "error, and whether they meet the legal standard de novo",
          "That was error, for the reasons that follow."}}};
    return by_question;
}

// "past-persecution" -> "on_past_persecution"
std::string list_key(std::string section) {
    for (auto& c : section) {
        if (c == '-') c = '_';
    }
    return "on_" + section;
}

}  // namespace

bool appeal_challenges(const Proceedings& proceedings, std::string_view section) {
    if (value_or(proceedings.posture) != "bia-appeal" || !proceedings.appeal) return false;
    const auto& errors = proceedings.appeal->errors;
    return std::any_of(errors.begin(), errors.end(), [&](const AppealedFinding& error) {
        return value_or(error.section) == section;
    });
}

void add_appeal_context(json& context, const Proceedings& proceedings) {
    if (value_or(proceedings.posture) != "bia-appeal" || !proceedings.appeal) return;
    const Appeal& appeal = *proceedings.appeal;
    json& told = context["case"]["appeal"];
    if (appeal.decision_date) told["decision_date_text"] = legal_date(appeal.decision_date->value);
    if (appeal.notice_filed) told["notice_filed_text"] = legal_date(appeal.notice_filed->value);
    json& errors = told["errors"];
    for (std::size_t i = 0; i < appeal.errors.size() && i < errors.size(); ++i) {
        const AppealedFinding& finding = appeal.errors[i];
        const auto review = reviews().find(value_or(finding.question));
        if (review != reviews().end()) {
            errors[i]["standard"] = review->second.standard;
            errors[i]["error_is"] = review->second.error_is;
        }
        if (finding.section) told[list_key(finding.section->value)].push_back(errors[i]);
    }
    told["has_errors"] = !appeal.errors.empty();
}

}  // namespace amparo::render

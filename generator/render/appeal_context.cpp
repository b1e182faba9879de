#include "render/appeal_context.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "legal/appellate_review.hpp"
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
// quoting it). A court of appeals holds the agency's findings of fact conclusive unless any
// reasonable adjudicator would be compelled to conclude to the contrary (8 U.S.C.
// § 1252(b)(4)(B)) and decides questions of law itself. Neither is in the registry, so the brief
// asks the attorney for the citations.
const std::map<std::string, Review>& reviews(bool court) {
    static const std::map<std::string, Review> by_the_board = {
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
    static const std::map<std::string, Review> by_a_court = {
        {"fact",
         {"a finding of fact, which the Court reviews for substantial evidence",
          "The record compels the contrary conclusion, for the reasons that follow."}},
        {"credibility",
         {"a credibility finding, which the Court reviews for substantial evidence",
          "The record compels the contrary conclusion, for the reasons that follow."}},
        {"law",
         {"a ruling on a question of law, which the Court reviews de novo",
          "That was legal error, for the reasons that follow."}},
        {"discretion",
         {"an exercise of discretion, which the Court reviews for abuse of discretion",
          "That was an abuse of discretion, for the reasons that follow."}},
        {"mixed",
         {"an application of the law to the facts: the Court reviews the facts found for "
          "substantial evidence, and the legal standard applied de novo",
          "That was error, for the reasons that follow."}}};
    return court ? by_a_court : by_the_board;
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
    if (!legal::appellate_review(proceedings) || !proceedings.appeal) return false;
    const auto& errors = proceedings.appeal->errors;
    return std::any_of(errors.begin(), errors.end(), [&](const AppealedFinding& error) {
        return value_or(error.section) == section;
    });
}

void add_appeal_context(json& context, const Proceedings& proceedings) {
    const auto review = legal::appellate_review(proceedings);
    if (!review || !proceedings.appeal) return;
    const Appeal& appeal = *proceedings.appeal;
    json& told = context["case"]["appeal"];
    told["decider"] = review->decider;
    told["reviewer"] = review->reviewer;
    if (appeal.decision_date) told["decision_date_text"] = legal_date(appeal.decision_date->value);
    if (appeal.notice_filed) told["notice_filed_text"] = legal_date(appeal.notice_filed->value);
    if (appeal.decision_date && appeal.notice_filed) {
        const auto days = days_since_epoch(appeal.notice_filed->value) -
                          days_since_epoch(appeal.decision_date->value);
        // A filing dated before the decision is an error of the case file, told by the checks.
        if (days >= 0) told["filed_days_after"] = days;
    }
    json& errors = told["errors"];
    for (std::size_t i = 0; i < appeal.errors.size() && i < errors.size(); ++i) {
        const AppealedFinding& finding = appeal.errors[i];
        const auto& by_question = reviews(review->court);
        const auto standard = by_question.find(value_or(finding.question));
        if (standard != by_question.end()) {
            errors[i]["standard"] = standard->second.standard;
            errors[i]["error_is"] = standard->second.error_is;
        }
        if (finding.section) told[list_key(finding.section->value)].push_back(errors[i]);
    }
    told["has_errors"] = !appeal.errors.empty();
}

}  // namespace amparo::render

#include "render/procedural_history.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "legal/appellate_review.hpp"
#include "render/telling_order.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

// A dated step, said two ways: with its date, and after a step of the same day ("the same
// day"), which does not repeat the date.
struct Step {
    CivilDate date;
    std::string dated;
    std::string same_day;
};

std::string text(const json& object, const char* key) { return object.value(key, ""); }

// "On <date>, <rest>" and "The same day, <rest>".
Step step_opening_with_date(const CivilDate& date, const std::string& date_text,
                            const std::string& rest) {
    return {date, "On " + date_text + ", " + rest, "The same day, " + rest};
}

// "On May 10, 2023, he was interviewed at the border."; other statements (an I-589, a
// declaration) are not steps of the proceedings.
std::optional<Step> statement_step(const PriorStatement& statement, const json& told,
                                   const json& applicant) {
    const std::string kind = value_or(statement.kind);
    std::string what;
    if (kind == "border-interview") what = text(applicant, "was") + " interviewed at the border.";
    if (kind == "credible-fear-interview") what = "had a credible fear interview.";
    if (what.empty() || !statement.date) return std::nullopt;
    return step_opening_with_date(statement.date->value, text(told, "date_text"),
                                  text(applicant, "he") + " " + what);
}

// "<lead> on May 10, 2023." and "<lead> the same day."
Step step_ending_with_date(const CivilDate& date, const std::string& lead,
                           const std::string& date_text) {
    return {date, lead + " on " + date_text + ".", lead + " the same day."};
}

// A Board appeal or a petition for review: the decision under review, then the filing that
// asked for the review.
void add_appeal_steps(std::vector<Step>& steps, const json& context,
                      const Proceedings& proceedings) {
    const auto review = legal::appellate_review(proceedings);
    if (!review || !proceedings.appeal) return;
    const Appeal& appeal = *proceedings.appeal;
    const json& told = context["case"]["appeal"];
    if (appeal.decision_date) {
        const std::string decider =
            review->court ? "the Board of Immigration Appeals" : "the Immigration Judge";
        steps.push_back(step_opening_with_date(appeal.decision_date->value,
                                               text(told, "decision_date_text"),
                                               value_or(appeal.judge, decider) + " denied " +
                                                   context.value("relief_list", "relief") + "."));
    }
    if (appeal.notice_filed) {
        steps.push_back(
            step_ending_with_date(appeal.notice_filed->value,
                                  text(context["applicant"], "He") + " filed " + review->filing,
                                  text(told, "notice_filed_text")));
    }
}

}  // namespace

void add_procedural_history(json& context, const CaseView& view) {
    const json& applicant = context["applicant"];
    json& the_case = context["case"];
    const Proceedings& proceedings = view.proceedings;
    std::vector<Step> steps;
    for_each_told(context, "prior_statements", view.prior_statements,
                  [&](const json& told, const PriorStatement& statement) {
                      if (auto step = statement_step(statement, told, applicant))
                          steps.push_back(std::move(*step));
                  });
    if (proceedings.notice_to_appear) {
        steps.push_back(step_ending_with_date(proceedings.notice_to_appear->value,
                                              "The Department of Homeland Security served " +
                                                  text(applicant, "him") +
                                                  " with a Notice to Appear",
                                              text(the_case, "notice_to_appear_text")));
    }
    const auto& application = proceedings.application;
    if (application && application->filed_date) {
        steps.push_back(step_ending_with_date(
            application->filed_date->value,
            text(applicant, "His") + " application for asylum and for withholding of removal "
                                     "was filed",
            the_case["application"].value("filed_date_text", "")));
    }
    add_appeal_steps(steps, context, proceedings);
    // Same-day steps keep the order above: an interview leads to the notice, the notice to
    // the filing.
    std::stable_sort(steps.begin(), steps.end(),
                     [](const Step& a, const Step& b) { return a.date < b.date; });
    json history = json::array();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const bool same_day = i > 0 && steps[i].date.precision == DatePrecision::Day &&
                              steps[i].date == steps[i - 1].date;
        history.push_back({{"sentence", same_day ? steps[i].same_day : steps[i].dated}});
    }
    if (is_set(proceedings.detained)) {
        history.push_back(
            {{"sentence", text(applicant, "He") + " " + text(applicant, "is") + " detained."}});
    }
    // On review the hearings are over: a hearing date left in the case file belongs to the
    // proceedings below, and telling it as pending would contradict the decision appealed.
    if (proceedings.next_hearing && proceedings.next_hearing->date &&
        !legal::appellate_review(proceedings)) {
        const json& hearing = the_case["next_hearing"];
        history.push_back({{"sentence", text(hearing, "what") + " is set for " +
                                            text(hearing, "date_text") + "."}});
    }
    // An affirmative case before any interview may have nothing to tell yet.
    the_case["has_procedural_history"] = !history.empty();
    the_case["procedural_history"] = std::move(history);
}

}  // namespace amparo::render

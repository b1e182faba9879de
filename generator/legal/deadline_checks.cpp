// The one-year filing deadline (8 U.S.C. § 1158(a)(2)(B)) and a hearing date already past.
#include <algorithm>

#include "legal/legal_checks.hpp"
#include "legal/one_year_deadline.hpp"

namespace amparo::legal {

namespace {

// A late filing under an exception must follow the circumstance within a reasonable period,
// judged on the facts of the delay with no automatic extension (Matter of T-M-H- & S-W-C-, 25
// I&N Dec. 193 (BIA 2010)). Six months is amparo's threshold for asking for an explanation.
void check_reasonable_period(const LoadedCase& loaded, const OneYearDeadline& deadline,
                             const CivilDate& filed, Diagnostics& out) {
    if (!deadline.circumstance_date) {
        out.push_back(at_case_value(
            loaded, where_of(deadline.exception, deadline.where), Severity::Warning,
            "a late filing claims an exception but does not say when the circumstance arose or "
            "ended, so the brief cannot show a reasonable period",
            "give claims.one_year_deadline.circumstance_date"));
        return;
    }
    const CivilDate& circumstance = deadline.circumstance_date->value;
    const int months = (filed.year - circumstance.year) * 12 + filed.month - circumstance.month;
    if (months > 6) {
        out.push_back(at_case_value(
            loaded, deadline.circumstance_date->where, Severity::Warning,
            "the application was filed " + std::to_string(months) +
                " months after the circumstance; there is no automatic extension, and the "
                "period must be reasonable on its facts (Matter of T-M-H- & S-W-C-)",
            "explain each part of the delay in claims.one_year_deadline.facts"));
    }
}

}  // namespace

void check_deadlines(const LoadedCase& loaded, const CheckContext& context, Diagnostics& out) {
    const CaseView& view = loaded.view;
    const auto& entry = view.applicant.entry;
    const DateField arrival = entry ? entry->date : DateField{};
    const auto& application = view.proceedings.application;
    const DateField filed = application ? application->filed_date : DateField{};
    const auto& deadline = view.claims.one_year_deadline;
    const std::string exception =
        deadline && deadline->exception ? deadline->exception->value : std::string("none");

    if (arrival && seeks_relief(view.proceedings, "asylum")) {
        // The application is due within one year of the last arrival; this counts to the
        // anniversary of the arrival date.
        const OneYearDue one_year = one_year_due(arrival->value);
        const CivilDate& due = one_year.due;
        CivilDate filing = filed ? filed->value : context.today;
        const Timeliness timeliness = legal::timeliness(one_year, filing);
        bool late = timeliness == Timeliness::Late;
        if (timeliness == Timeliness::DependsOnArrivalDay) {
            out.push_back(at_case_value(
                loaded, arrival->where, Severity::Warning,
                "the last arrival is given as " + to_iso(arrival->value) + ", so whether " +
                    (filed ? "the application filed on " + to_iso(filed->value)
                           : std::string("an application filed today")) +
                    " is within one year depends on the day of arrival (due between " +
                    to_iso(one_year.earliest) + " and " + to_iso(one_year.latest) + ")",
                "give the exact date in applicant.entry.date: a timely filing must be shown by "
                "clear and convincing evidence (8 U.S.C. § 1158(a)(2)(B))"));
        } else if (late && exception == "none") {
            out.push_back(at_case_value(
                loaded, filed ? filed->where : arrival->where, Severity::Warning,
                std::string(filed ? "the application is filed"
                                  : "as of today the application "
                                    "would be filed") +
                    " more than one year after the last arrival (due " + to_iso(due) +
                    "); asylum is barred unless an exception applies (8 U.S.C. § 1158(a)(2)(B), "
                    "(D))",
                "state the exception and its facts under claims.one_year_deadline, or argue "
                "withholding and CAT, which have no deadline"));
        } else if (late && !deadline->facts) {
            out.push_back(at_case_value(
                loaded, where_of(deadline->exception, deadline->where), Severity::Warning,
                "a late filing claims an exception but gives no facts",
                "describe the circumstances and when they arose in "
                "claims.one_year_deadline.facts (8 C.F.R. § 1208.4(a)(4)-(5))"));
        } else if (late && filed) {
            check_reasonable_period(loaded, *deadline, filed->value, out);
        } else if (!late && !filed) {
            std::int64_t left =
                days_since_epoch(one_year.earliest) - days_since_epoch(context.today);
            if (left <= 60) {
                out.push_back(at_case_value(loaded, arrival->where, Severity::Warning,
                                            "the one-year deadline to file is " +
                                                to_iso(one_year.earliest) + " (" +
                                                std::to_string(left) + " days from today)",
                                            "file the I-589 before then"));
            }
        }
    }

    const auto& hearing = view.proceedings.next_hearing;
    if (hearing && hearing->date && hearing->date->value < context.today) {
        out.push_back(at_case_value(loaded, hearing->date->where, Severity::Warning,
                                    "the next hearing date is in the past",
                                    "update case.next_hearing from the latest hearing notice"));
    }
}

}  // namespace amparo::legal

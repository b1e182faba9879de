// The one-year filing deadline (8 U.S.C. § 1158(a)(2)(B)) and a hearing date already past.
#include "legal/legal_checks.hpp"

namespace amparo::legal {

namespace {

std::optional<CivilDate> date_at(const nlohmann::json& data, const char* pointer) {
    nlohmann::json::json_pointer where(pointer);
    if (!data.contains(where) || !data.at(where).is_string()) return std::nullopt;
    return parse_civil_date(data.at(where).get<std::string>());
}

// A late filing under an exception must follow the circumstance within a reasonable period,
// judged on the facts of the delay with no automatic extension (Matter of T-M-H- & S-W-C-, 25
// I&N Dec. 193 (BIA 2010)). Six months is amparo's threshold for asking for an explanation.
void check_reasonable_period(const LoadedCase& loaded, const CivilDate& filed, Diagnostics& out) {
    const char* pointer = "/claims/one_year_deadline/circumstance_date";
    auto circumstance = date_at(loaded.data, pointer);
    if (!circumstance) {
        out.push_back(at_case_value(
            loaded, "/claims/one_year_deadline/exception", Severity::Warning,
            "a late filing claims an exception but does not say when the circumstance arose or "
            "ended, so the brief cannot show a reasonable period",
            "give claims.one_year_deadline.circumstance_date"));
        return;
    }
    const int months = (filed.year - circumstance->year) * 12 + filed.month - circumstance->month;
    if (months > 6) {
        out.push_back(at_case_value(
            loaded, pointer, Severity::Warning,
            "the application was filed " + std::to_string(months) +
                " months after the circumstance; there is no automatic extension, and the "
                "period must be reasonable on its facts (Matter of T-M-H- & S-W-C-)",
            "explain each part of the delay in claims.one_year_deadline.facts"));
    }
}

}  // namespace

void check_deadlines(const LoadedCase& loaded, const CheckContext& context, Diagnostics& out) {
    const auto& data = loaded.data;
    auto arrival = date_at(data, "/applicant/entry/date");
    auto filed = date_at(data, "/case/application/filed_date");
    std::string exception = data.value(
        nlohmann::json::json_pointer("/claims/one_year_deadline/exception"), std::string("none"));
    bool relief_includes_asylum = false;
    for (const auto& relief : data["case"]["relief"]) relief_includes_asylum |= relief == "asylum";

    if (arrival && relief_includes_asylum) {
        // The application is due within one year of the last arrival; this counts to the
        // anniversary of the arrival date.
        CivilDate due = add_years(*arrival, 1);
        CivilDate filing = filed ? *filed : context.today;
        bool late = filing > due;
        if (late && exception == "none") {
            out.push_back(at_case_value(
                loaded, filed ? "/case/application/filed_date" : "/applicant/entry/date",
                Severity::Warning,
                std::string(filed ? "the application is filed"
                                  : "as of today the application "
                                    "would be filed") +
                    " more than one year after the last arrival (due " + to_iso(due) +
                    "); asylum is barred unless an exception applies (8 U.S.C. § 1158(a)(2)(B), "
                    "(D))",
                "state the exception and its facts under claims.one_year_deadline, or argue "
                "withholding and CAT, which have no deadline"));
        } else if (late && !data.contains(
                               nlohmann::json::json_pointer("/claims/one_year_deadline/facts"))) {
            out.push_back(
                at_case_value(loaded, "/claims/one_year_deadline/exception", Severity::Warning,
                              "a late filing claims an exception but gives no facts",
                              "describe the circumstances and when they arose in "
                              "claims.one_year_deadline.facts (8 C.F.R. § 1208.4(a)(4)-(5))"));
        } else if (late && filed) {
            check_reasonable_period(loaded, *filed, out);
        } else if (!late && !filed) {
            std::int64_t left = days_since_epoch(due) - days_since_epoch(context.today);
            if (left <= 60) {
                out.push_back(at_case_value(loaded, "/applicant/entry/date", Severity::Warning,
                                            "the one-year deadline to file is " + to_iso(due) +
                                                " (" + std::to_string(left) + " days from today)",
                                            "file the I-589 before then"));
            }
        }
    }

    if (auto hearing = date_at(data, "/case/next_hearing/date");
        hearing && *hearing < context.today) {
        out.push_back(at_case_value(loaded, "/case/next_hearing/date", Severity::Warning,
                                    "the next hearing date is in the past",
                                    "update case.next_hearing from the latest hearing notice"));
    }
}

}  // namespace amparo::legal

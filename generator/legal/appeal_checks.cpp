// A Board appeal argues that the Immigration Judge erred, a petition for review that the Board
// did: the brief names the decision, each finding challenged and the standard it is reviewed
// under. These checks say when the case file cannot give the brief that, when the notice of
// appeal or the petition looks late, and when a challenged finding would be answered by no part
// of the argument.
#include "legal/appellate_review.hpp"
#include "legal/legal_checks.hpp"

namespace amparo::legal {

namespace {

// Whether the brief has a part for `section` given the relief the case asks for: the grounds are
// argued for asylum or withholding, the one-year deadline and discretion for asylum only, the
// Convention Against Torture's parts for CAT, credibility in every appeal that challenges it.
bool section_argued(const std::string& section, const Proceedings& proceedings) {
    if (section == "credibility") return true;
    if (section == "one-year" || section == "discretion")
        return seeks_relief(proceedings, "asylum");
    if (section == "acquiescence" || section == "torture") return seeks_relief(proceedings, "cat");
    return seeks_relief(proceedings, "asylum") || seeks_relief(proceedings, "withholding");
}

void check_filing_timing(const LoadedCase& loaded, const Appeal& appeal,
                         const AppellateReview& review, Diagnostics& out) {
    if (!appeal.decision_date || !appeal.notice_filed) return;
    const std::int64_t days = days_since_epoch(appeal.notice_filed->value) -
                              days_since_epoch(appeal.decision_date->value);
    if (days < 0) {
        out.push_back(
            at_case_value(loaded, appeal.notice_filed->where, Severity::Error,
                          "the filing that asks for review (" + review.filing +
                              ") is dated before the decision it challenges (" +
                              to_iso(appeal.decision_date->value) + ")",
                          "check case.appeal.notice_filed and case.appeal.decision_date"));
    } else if (days > review.deadline_days) {
        out.push_back(at_case_value(
            loaded, appeal.notice_filed->where, Severity::Warning,
            review.filing + " was filed " + std::to_string(days) + " days after the decision; " +
                review.deadline_source + " is " + std::to_string(review.deadline_days) +
                " days from it",
            "check both dates; a late filing must be explained before the brief argues the "
            "merits (../shared/legal/format-rules.md marks the deadline to verify)"));
    }
}

// A court of appeals decides a petition on the administrative record alone (8 U.S.C.
// § 1252(b)(4)(A), not in the registry: to verify). The brief cites the declaration and the
// exhibits as the case file lists them; the record's pages are not in the case file.
void check_record_citations(const LoadedCase& loaded, Diagnostics& out) {
    const CaseView& view = loaded.view;
    if (view.exhibits.empty() && view.incidents.empty()) return;
    out.push_back(at_case_value(
        loaded, where_of(view.proceedings.posture, view.proceedings.where), Severity::Warning,
        "a petition for review is decided on the administrative record: the brief cites the "
        "declaration and the exhibits (Decl. ¶, Ex.) as the case file lists them, and the exhibit "
        "index and packet show the record below as the case lists it, not a filing for the Court",
        "before filing, replace each Decl. and Ex. citation with the page of the certified "
        "administrative record (8 U.S.C. § 1252(b)(4)(A), not in the registry: verify)"));
}

}  // namespace

void check_appeal(const LoadedCase& loaded, Diagnostics& out) {
    const Proceedings& proceedings = loaded.view.proceedings;
    const std::string posture = value_or(proceedings.posture);
    const auto& appeal = proceedings.appeal;
    const auto review = appellate_review(proceedings);
    if (review && !appeal) {
        out.push_back(at_case_value(
            loaded, where_of(proceedings.posture, proceedings.where), Severity::Warning,
            "a " + posture + " brief without case.appeal cannot name the " + review->decider +
                "'s decision, the findings it challenges or the standard the " + review->reviewer +
                " reviews each under",
            "add case.appeal with decision_date and errors (docs/case-file.md)"));
    }
    if (posture == "petition-for-review") check_record_citations(loaded, out);
    if (!appeal) return;
    if (!review) {
        out.push_back(at_case_value(
            loaded, appeal->where, Severity::Warning,
            "case.appeal is read only in a Board appeal or a petition for review; this " + posture +
                " brief does not use it",
            "remove case.appeal, or set case.posture to bia-appeal or petition-for-review"));
        return;
    }
    check_filing_timing(loaded, *appeal, *review, out);
    for (const auto& error : appeal->errors) {
        if (!error.section || section_argued(error.section->value, proceedings)) continue;
        out.push_back(at_case_value(
            loaded, error.section->where, Severity::Warning,
            "no part of this brief argues " + error.section->value +
                " for the relief the case asks (case.relief), so this finding is named in the "
                "issues but answered nowhere",
            "name the section that answers the finding, or add the relief it concerns"));
    }
}

}  // namespace amparo::legal

// A Board appeal (case.posture: bia-appeal) argues that the Immigration Judge erred: the brief
// names the decision, each finding challenged and the standard the Board reviews it under. These
// checks say when the case file cannot give the brief that, when the notice of appeal looks late,
// and when a challenged finding would be answered by no part of the argument.
#include "legal/legal_checks.hpp"

namespace amparo::legal {

namespace {

// The Board's deadline for the notice of appeal, as ../shared/legal/format-rules.md records it
// from the BIA Practice Manual, ch. 4 (30 days from the decision; oral decisions from the day
// rendered). One 2026 source reads 8 C.F.R. § 1003.38(b) as now giving 10 days outside asylum
// decisions: the warning says to verify rather than compute a bar.
constexpr std::int64_t kNoticeOfAppealDays = 30;

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

void check_notice_timing(const LoadedCase& loaded, const Appeal& appeal, Diagnostics& out) {
    if (!appeal.decision_date || !appeal.notice_filed) return;
    const std::int64_t days = days_since_epoch(appeal.notice_filed->value) -
                              days_since_epoch(appeal.decision_date->value);
    if (days < 0) {
        out.push_back(
            at_case_value(loaded, appeal.notice_filed->where, Severity::Error,
                          "the notice of appeal is dated before the decision it appeals (" +
                              to_iso(appeal.decision_date->value) + ")",
                          "check case.appeal.notice_filed and case.appeal.decision_date"));
    } else if (days > kNoticeOfAppealDays) {
        out.push_back(at_case_value(
            loaded, appeal.notice_filed->where, Severity::Warning,
            "the notice of appeal was filed " + std::to_string(days) +
                " days after the decision; the Board's deadline is 30 days from it (BIA Practice "
                "Manual ch. 4)",
            "check both dates; a late appeal must be explained before the brief argues the "
            "merits (verify 8 C.F.R. § 1003.38(b) as amended)"));
    }
}

}  // namespace

void check_appeal(const LoadedCase& loaded, Diagnostics& out) {
    const Proceedings& proceedings = loaded.view.proceedings;
    const std::string posture = value_or(proceedings.posture);
    const auto& appeal = proceedings.appeal;
    if (posture == "bia-appeal" && !appeal) {
        out.push_back(at_case_value(
            loaded, where_of(proceedings.posture, proceedings.where), Severity::Warning,
            "a Board appeal without case.appeal: the brief cannot name the decision appealed, "
            "the findings it challenges or the standard the Board reviews each under",
            "add case.appeal with decision_date and errors (docs/case-file.md)"));
    }
    if (!appeal) return;
    if (posture != "bia-appeal") {
        out.push_back(at_case_value(loaded, appeal->where, Severity::Warning,
                                    "case.appeal is read only in a Board appeal; this " + posture +
                                        " brief does not use it",
                                    "remove case.appeal, or set case.posture to bia-appeal"));
        return;
    }
    check_notice_timing(loaded, *appeal, out);
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

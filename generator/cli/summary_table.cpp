// Column widths from the rows shown; a case that failed before its id was read is named by file.
#include "cli/summary_table.hpp"

#include <algorithm>
#include <iomanip>
#include <string>

#include "pipeline/batch_summary.hpp"

namespace amparo::cli {

namespace {

using pipeline::CaseReport;
using pipeline::CaseStatus;

// A case that needs someone's attention; a case an interrupt never reached is in the totals.
bool went_wrong(const CaseReport& report) {
    return report.status == CaseStatus::Failed || report.status == CaseStatus::Interrupted;
}

std::string case_name(const CaseReport& report) {
    return report.case_id.empty() ? report.file : report.case_id;
}

std::string plural(std::size_t count, const std::string& word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

}  // namespace

void print_summary_table(std::ostream& out, const std::vector<CaseReport>& cases, bool colour) {
    std::vector<const CaseReport*> rows;
    for (const auto& report : cases) {
        if (cases.size() <= kFullTableRows || went_wrong(report)) rows.push_back(&report);
    }
    std::size_t width = 4;  // "case"
    for (const auto* row : rows) width = std::max(width, case_name(*row).size());
    if (!rows.empty()) {
        out << std::left << std::setw(static_cast<int>(width)) << "case" << std::right
            << "  documents  pages  placeholders  warnings  status\n";
    }
    for (const auto* row : rows) {
        const char* status = pipeline::status_name(row->status);
        const bool failed = row->status == CaseStatus::Failed;
        out << std::left << std::setw(static_cast<int>(width)) << case_name(*row) << std::right
            << std::setw(11) << row->facts.documents << std::setw(7) << row->facts.pages
            << std::setw(14) << row->facts.placeholders << std::setw(10) << row->facts.warnings
            << "  " << (colour && failed ? "\x1b[31m" : "") << status
            << (colour && failed ? "\x1b[0m" : "") << "\n";
    }
    if (rows.size() < cases.size()) {
        out << "(" << plural(cases.size() - rows.size(), "more case")
            << " not listed: every case is in summary.json)\n";
    }
    const auto totals = pipeline::totals_of(cases);
    out << plural(totals.cases, "case") << ": " << totals.built << " built, " << totals.unchanged
        << " unchanged, " << totals.failed << " failed";
    if (totals.interrupted + totals.not_built > 0)
        out << ", " << totals.interrupted + totals.not_built << " not built (interrupted)";
    out << "; " << plural(totals.placeholders, "placeholder") << " left, "
        << plural(totals.warnings, "warning") << "\n";
}

}  // namespace amparo::cli

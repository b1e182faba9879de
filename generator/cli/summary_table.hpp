// The table a batch ends with (build on stderr, `amparo summary` on stdout): per case its
// documents, pages, placeholders left, warnings and status, then the totals.
#pragma once

#include <ostream>
#include <vector>

#include "pipeline/case_report.hpp"

namespace amparo::cli {

// Every case up to kFullTableRows cases; above that only the cases that failed or were
// interrupted (the rest are in summary.json), so a 10,000-case batch ends with a screenful.
inline constexpr std::size_t kFullTableRows = 50;

void print_summary_table(std::ostream& out, const std::vector<pipeline::CaseReport>& cases,
                         bool colour);

}  // namespace amparo::cli

// Synthetic, obviously fictional case files of a chosen size, for benchmarks.
#pragma once

#include <string>

namespace amparo::bench {

struct CaseShape {
    int incidents = 12;
    int exhibits = 10;
    int paragraphs_per_incident = 3;
    // Every claim the templates argue (two social groups, political opinion, nexus, state
    // protection, relocation, CAT), as in a contested merits brief; otherwise political opinion
    // and CAT only.
    bool all_claims = false;
};

// A valid case file (YAML text) with id `case_id`; the same arguments give the same text.
std::string synthetic_case(const std::string& case_id, const CaseShape& shape);

}  // namespace amparo::bench

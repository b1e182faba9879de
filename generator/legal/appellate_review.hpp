// Who reviews whose decision in an appellate posture: the Board the Immigration Judge's (a
// bia-appeal), a court of appeals the Board's (a petition for review). The brief names both, the
// filing that started the review and its deadline, and the standard each kind of finding is
// reviewed under.
#pragma once

#include <optional>
#include <string>

#include "casefile/case_view.hpp"

namespace amparo::legal {

struct AppellateReview {
    std::string decider;   // "Immigration Judge" | "Board" (after "the")
    std::string reviewer;  // "Board" | "Court"
    std::string filing;    // "a notice of appeal with the Board"
    // The deadline for that filing, in days from the decision, and where it comes from.
    int deadline_days = 30;
    std::string deadline_source;
    bool court = false;  // a court of appeals (substantial evidence) rather than the Board
};

// The review the case's posture is in, or nullopt for a case before the asylum office or the
// Immigration Court.
std::optional<AppellateReview> appellate_review(const Proceedings& proceedings);

}  // namespace amparo::legal

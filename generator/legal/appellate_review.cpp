#include "legal/appellate_review.hpp"

namespace amparo::legal {

std::optional<AppellateReview> appellate_review(const Proceedings& proceedings) {
    const std::string posture = value_or(proceedings.posture);
    // Both deadlines as ../shared/legal/format-rules.md records them, each marked there to verify
    // (a 2026 source reads 8 C.F.R. § 1003.38(b) as 10 days outside asylum decisions).
    if (posture == "bia-appeal") {
        return AppellateReview{"Immigration Judge",
                               "Board",
                               "a notice of appeal with the Board",
                               30,
                               "the Board's deadline (BIA Practice Manual ch. 4)",
                               false};
    }
    if (posture == "petition-for-review") {
        return AppellateReview{"Board",
                               "Court",
                               "a petition for review with this Court",
                               30,
                               "the deadline for a petition for review (8 U.S.C. § 1252(b)(1))",
                               true};
    }
    return std::nullopt;
}

}  // namespace amparo::legal

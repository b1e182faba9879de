// Whether a particular social group is gender-related in the sense of Matter of K-E-S-G-, 29 I&N
// Dec. 245 (BIA 2025): a group the Board may read as one of sex, or of sex and nationality, alone.
// The legal checks ask an attorney to review its wording; the brief says why it is more than that.
#pragma once

#include "casefile/case_view.hpp"

namespace amparo::legal {

// A domestic-relationship group, or any group whose definition names a sex as a whole word, in
// English or Spanish ("women", "mujeres"). A gender-identity or sexual-orientation group
// ("transgender women") is defined by that identity, not by sex.
bool is_gender_related(const SocialGroup& group);

}  // namespace amparo::legal

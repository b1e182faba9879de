// Whether a particular social group is gender-related in the sense of Matter of K-E-S-G-, 29 I&N
// Dec. 245 (BIA 2025): a group the Board may read as one of sex, or of sex and nationality, alone.
// The legal checks ask an attorney to review its wording; the brief says why it is more than that.
#pragma once

#include <string>

#include "casefile/case_view.hpp"

namespace amparo::legal {

// Whether the words of a group's definition name a sex ("women", "mujeres"), as whole words.
bool names_a_sex(const std::string& definition);

// A domestic-relationship group, or any group worded by sex. A gender-identity or
// sexual-orientation group ("transgender women") is defined by that identity, not by sex.
bool is_gender_related(const SocialGroup& group);

}  // namespace amparo::legal

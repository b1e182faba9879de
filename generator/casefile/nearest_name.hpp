// "Did you mean ...?" suggestions for misspelled field names and ids.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace amparo {

// Edit distance between two names (insertions, deletions, substitutions, adjacent swaps).
std::size_t edit_distance(const std::string& a, const std::string& b);

// The candidate closest to `word`, if it is close enough to be a plausible misspelling.
std::optional<std::string> nearest_name(const std::string& word,
                                        const std::vector<std::string>& candidates);

}  // namespace amparo

// Merging our styles into a reference .docx's styles: theirs win, ours fill the gaps.
#pragma once

#include <string>

#include "docx/styles.hpp"

namespace amparo::docx::detail {

// The reference's styles.xml with every style of ours it lacks appended. A style of theirs with
// the same name as ours (case-insensitive, "heading 1") is used in place of ours, under its id,
// which `ids` records; our appended styles' basedOn/next links are renamed the same way.
// Both inputs must be well-formed (the reference reader has checked theirs).
std::string merge_styles(const std::string& reference_styles, const std::string& our_styles,
                         StyleIds& ids);

}  // namespace amparo::docx::detail

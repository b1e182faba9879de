// Merging our styles into a reference .docx's styles: theirs win, ours fill the gaps, and no
// style of theirs that our paragraphs use may number them.
#pragma once

#include <string>
#include <vector>

#include "docx/styles.hpp"

namespace amparo::docx::detail {

struct MergedStyles {
    std::string xml;  // the merged styles part
    // Names of our styles the reference lacked, appended as ours are ("Declaration Paragraph").
    std::vector<std::string> added;
    // Their styles, as (id, name), whose numbering was removed: our paragraphs use them (directly
    // or through w:basedOn), and numbering in a style would put its own numbers before our
    // headings and count them in the numId it names, which may be a declaration's list.
    std::vector<std::pair<std::string, std::string>> unnumbered;
};

// The reference's styles.xml with every style of ours it lacks appended. A style of theirs with
// the same name as ours (case-insensitive, "heading 1") is used in place of ours, under its id,
// which `ids` records; our appended styles' basedOn/next links are renamed the same way.
// Both inputs must be well-formed (the reference reader has checked theirs).
MergedStyles merge_styles(const std::string& reference_styles, const std::string& our_styles,
                          StyleIds& ids);

}  // namespace amparo::docx::detail

// A reference .docx's numbering part and ours in one: their definitions keep their ids (the
// firm's styles point at them), ours take ids after theirs, so no style of theirs can number our
// paragraphs by accident (a heading style on numId 1 made headings count as declaration
// paragraphs).
#pragma once

#include <set>
#include <string>

#include "docx/numbering.hpp"

namespace amparo::docx::detail {

// The first ids after every w:abstractNumId and w:numId of the reference's numbering part
// (empty text: no numbering part, and our ids start at 0 and 1). The part must be well-formed.
NumberingIds numbering_ids_after(const std::string& reference_numbering);

// Their numbering part with our abstract definitions after theirs and our instances after
// theirs. A level of theirs linked back to one of `unlinked_styles` (<w:lvl><w:pStyle>) loses
// that link: LibreOffice would otherwise still number the style's paragraphs through it.
std::string merge_numbering(const std::string& reference_numbering,
                            const std::string& our_numbering,
                            const std::set<std::string>& unlinked_styles);

}  // namespace amparo::docx::detail

// A TrueType subset for embedding: the font with every glyph the document does not use emptied.
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "pdf/truetype_face.hpp"

namespace amparo::pdf {

// The glyphs to keep: `used`, .notdef, and every component of a kept composite glyph.
std::set<std::uint16_t> glyph_closure(const TrueTypeFace& face,
                                      const std::set<std::uint16_t>& used);

// A valid TrueType file holding the outlines of `used` (closed as above) and the tables a PDF
// CIDFontType2 needs (head, hhea, maxp, hmtx, loca, glyf and the hinting programs). Glyph ids are
// unchanged, so content streams use the font's own ids (CIDToGIDMap /Identity).
std::string subset_truetype(const TrueTypeFace& face, const std::set<std::uint16_t>& used);

}  // namespace amparo::pdf

// A TrueType subset for embedding: only the glyphs a document uses, renumbered from 0.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "pdf/truetype_face.hpp"

namespace amparo::pdf {

// The glyphs to keep: `used`, .notdef, and every component of a kept composite glyph.
std::set<std::uint16_t> glyph_closure(const TrueTypeFace& face,
                                      const std::set<std::uint16_t>& used);

struct FontSubset {
    // A valid TrueType file with the tables a PDF CIDFontType2 needs (head, hhea, maxp, hmtx,
    // loca, glyf and the hinting programs cvt, fpgm, prep).
    std::string program;
    // Original glyph id -> id in the subset, for every kept glyph (.notdef stays 0). Content
    // streams keep using original ids as CIDs; the PDF's CIDToGIDMap applies this map.
    std::map<std::uint16_t, std::uint16_t> new_ids;
};

// The closure of `used` (see glyph_closure), in original order, with composite glyphs pointing
// at their parts' new ids.
FontSubset subset_truetype(const TrueTypeFace& face, const std::set<std::uint16_t>& used);

}  // namespace amparo::pdf

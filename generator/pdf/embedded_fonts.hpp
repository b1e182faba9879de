// The fonts of one PDF. Glyphs are recorded as text is drawn; at the end every face that was
// used is embedded as a subset: a Type0 font (Identity-H) over a CIDFontType2 whose widths (W)
// are the font's own, with a ToUnicode map so that text can be searched and copied.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "pdf/font_set.hpp"

namespace PoDoFo {
class PdfObject;
class PdfVecObjects;
}  // namespace PoDoFo

namespace amparo::pdf::detail {

class EmbeddedFonts {
  public:
    EmbeddedFonts(const FontSet& fonts, PoDoFo::PdfVecObjects& objects);

    // Appends `text` in face `style` as a hex string of glyph ids, and records the glyphs.
    void encode(int style, std::string_view text, std::string& out);
    const TrueTypeFace& face(int style) const {
        return fonts_.faces[static_cast<std::size_t>(style & 3)];
    }
    // The page resource name of a face ("F0" to "F3").
    static std::string_view resource_name(int style);
    // The face's font dictionary, created on first use (its content is written by embed()).
    PoDoFo::PdfObject* font_object(int style);
    // Writes the dictionaries and font program of every face used. Call once, after drawing.
    void embed();
    // Code points drawn that the font has no glyph for (they print as .notdef, an empty box).
    const std::set<char32_t>& missing() const { return missing_; }

  private:
    struct Face {
        PoDoFo::PdfObject* font = nullptr;
        std::map<std::uint16_t, char32_t> glyphs;  // glyph id -> the code point drawn with it
    };
    void embed_face(int style, Face& face);

    const FontSet& fonts_;
    PoDoFo::PdfVecObjects& objects_;
    std::array<Face, 4> faces_;
    std::set<char32_t> missing_;
};

}  // namespace amparo::pdf::detail

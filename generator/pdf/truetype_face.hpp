// A TrueType font file read once per process: the tables the layout measures with (advance
// widths, the Unicode cmap), the metrics a PDF font descriptor needs, and the glyph outlines a
// subset copies. Reading it ourselves (rather than through PoDoFo and FreeType for every
// document) is what keeps a one-page PDF under a millisecond.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace amparo::pdf {

// In font units (units_per_em to the em), as the font's head, hhea, OS/2 and post tables say.
struct FaceMetrics {
    int units_per_em = 1000;
    int ascent = 0;
    int descent = 0;  // negative
    int cap_height = 0;
    std::array<int, 4> bbox{};  // x_min, y_min, x_max, y_max
    double italic_angle = 0;
    int weight = 400;
    bool fixed_pitch = false;
    bool serif = false;           // from the PANOSE classification
    std::uint16_t embedding = 0;  // OS/2 fsType: 0 = installable, bit 1 = restricted
};

class TrueTypeFace {
  public:
    // Reads `path`; on failure returns nullopt and says what is wrong in `error`.
    static std::optional<TrueTypeFace> load(const std::string& path, std::string& error);
    // The same from the file's bytes.
    static std::optional<TrueTypeFace> parse(std::string bytes, std::string& error);

    // The glyph for a code point; 0 (.notdef) when the font lacks it.
    std::uint16_t glyph(char32_t code_point) const {
        if (code_point < bmp_.size()) return bmp_[code_point];
        auto found = astral_.find(code_point);
        return found == astral_.end() ? 0 : found->second;
    }
    // Advance width in font units.
    std::uint16_t advance(std::uint16_t glyph) const {
        return glyph < advances_.size() ? advances_[glyph] : 0;
    }
    // Left side bearing in font units, from hmtx (a subset's hmtx carries it over).
    std::int16_t left_side_bearing(std::uint16_t glyph) const;
    int glyph_count() const { return static_cast<int>(advances_.size()); }
    const FaceMetrics& metrics() const { return metrics_; }
    const std::string& postscript_name() const { return postscript_name_; }

    // The raw bytes of a table, empty when the font has none.
    std::string_view table(std::string_view tag) const;
    // A glyph's outline data in glyf (empty for a glyph without contours, such as the space).
    std::string_view glyph_data(std::uint16_t glyph) const;
    // The glyphs a composite glyph is built from (empty for a simple glyph).
    std::vector<std::uint16_t> components(std::uint16_t glyph) const;
    // Where, in glyph_data(glyph), each component's glyph id is stored (a subset rewrites them).
    std::vector<std::size_t> component_id_offsets(std::uint16_t glyph) const;

  private:
    struct Table {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };
    void read_tables();
    void read_metrics();
    void read_cmap();
    void read_glyph_locations();
    void read_postscript_name();
    std::string_view required(std::string_view tag, std::size_t minimum) const;

    std::string bytes_;
    std::unordered_map<std::string, Table> tables_;
    FaceMetrics metrics_;
    std::vector<std::uint16_t> bmp_;  // code point below U+10000 -> glyph
    std::unordered_map<char32_t, std::uint16_t> astral_;
    std::vector<std::uint16_t> advances_;
    int long_metrics_ = 0;                  // hhea numberOfHMetrics
    std::vector<std::uint32_t> locations_;  // glyph_count + 1 offsets into glyf
    std::string postscript_name_;
};

}  // namespace amparo::pdf

// Subsets read back by FreeType: every kept glyph, under its new id, has its original outline
// and advance, composites point at their parts' new ids, and the file checksum is right.
#include <gtest/gtest.h>

#include <array>

#include "pdf/big_endian.hpp"
#include "pdf/font_fixture.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/freetype_reader.hpp"

namespace amparo::pdf {
namespace {

struct Outline {
    int points = 0;
    int contours = 0;
    long advance = 0;
};

Outline outline_of(const testing::FreeTypeFace& face, unsigned glyph) {
    if (!face.load(glyph)) return {-1, -1, -1};
    const FT_GlyphSlot slot = face.get()->glyph;
    return {slot->outline.n_points, slot->outline.n_contours, slot->metrics.horiAdvance};
}

// Hinted at 16 pixels, as a viewer draws it on screen: the hinting programs and the side
// bearings in hmtx move the outline, so a wrong bearing shows here and not unhinted.
std::array<long, 3> hinted(const testing::FreeTypeFace& face, unsigned glyph) {
    FT_Set_Pixel_Sizes(face.get(), 0, 16);
    if (FT_Load_Glyph(face.get(), glyph, FT_LOAD_DEFAULT) != 0) return {-1, -1, -1};
    const FT_Glyph_Metrics& m = face.get()->glyph->metrics;
    return {m.horiBearingX, m.width, m.horiAdvance};
}

TEST(FontSubset, KeptGlyphsReadBackUnchangedUnderTheirNewIds) {
    const std::string path = testing::liberation_serif_files().regular;
    std::string error;
    auto face = TrueTypeFace::load(path, error);
    ASSERT_TRUE(face.has_value()) << error;
    std::set<std::uint16_t> used;
    for (char32_t c : testing::document_characters()) used.insert(face->glyph(c));
    const std::set<std::uint16_t> kept = glyph_closure(*face, used);
    bool has_composite = false;
    for (std::uint16_t glyph : used) {
        for (std::uint16_t part : face->components(glyph)) {
            has_composite = true;
            EXPECT_EQ(kept.count(part), 1u) << "component " << part << " of " << glyph;
        }
    }
    EXPECT_TRUE(has_composite) << "no accented letter is a composite: the closure is untested";

    const FontSubset subset = subset_truetype(*face, used);
    ASSERT_EQ(subset.new_ids.size(), kept.size());
    EXPECT_EQ(subset.new_ids.at(0), 0) << ".notdef must stay glyph 0";
    testing::FreeTypeFace original(path);
    testing::FreeTypeFace reread(subset.program.data(), subset.program.size());
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread.get()->num_glyphs, static_cast<long>(kept.size()));
    EXPECT_EQ(reread.get()->units_per_EM, face->metrics().units_per_em);
    // Loaded with composites resolved: a composite pointing at a wrong part would change its
    // point count.
    for (const auto& [old_id, new_id] : subset.new_ids) {
        const Outline want = outline_of(original, old_id);
        const Outline got = outline_of(reread, new_id);
        EXPECT_EQ(got.points, want.points) << "glyph " << old_id;
        EXPECT_EQ(got.contours, want.contours) << "glyph " << old_id;
        EXPECT_EQ(got.advance, want.advance) << "glyph " << old_id;
        EXPECT_EQ(hinted(reread, new_id), hinted(original, old_id)) << "glyph " << old_id;
    }
    EXPECT_LT(subset.program.size(), face->table("glyf").size() / 10) << "the subset is not small";
}

TEST(FontSubset, WholeFileChecksumIsTheTrueTypeMagic) {
    std::string error;
    auto face = TrueTypeFace::load(testing::liberation_serif_files().bold, error);
    ASSERT_TRUE(face.has_value()) << error;
    const std::string subset =
        subset_truetype(*face, {face->glyph(U'A'), face->glyph(U'ñ')}).program;
    ASSERT_EQ(subset.size() % 4, 0u);
    std::uint32_t sum = 0;
    for (std::size_t at = 0; at < subset.size(); at += 4) sum += detail::read_u32(subset, at);
    EXPECT_EQ(sum, 0xB1B0AFBAu);
}

}  // namespace
}  // namespace amparo::pdf

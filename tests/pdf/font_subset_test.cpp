// Subsets read back by FreeType: the kept glyphs have their original outlines and advances,
// composites keep their parts, everything else is empty, and the file checksum is right.
#include <gtest/gtest.h>

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

TEST(FontSubset, KeptGlyphsReadBackUnchangedAndOthersAreEmpty) {
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

    const std::string subset = subset_truetype(*face, used);
    testing::FreeTypeFace original(path);
    testing::FreeTypeFace reread(subset.data(), subset.size());
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread.get()->num_glyphs, face->glyph_count());
    EXPECT_EQ(reread.get()->units_per_EM, face->metrics().units_per_em);
    for (int glyph = 0; glyph < face->glyph_count(); ++glyph) {
        const auto id = static_cast<std::uint16_t>(glyph);
        const Outline got = outline_of(reread, id);
        if (kept.count(id)) {
            const Outline want = outline_of(original, id);
            EXPECT_EQ(got.points, want.points) << "glyph " << glyph;
            EXPECT_EQ(got.contours, want.contours) << "glyph " << glyph;
            EXPECT_EQ(got.advance, want.advance) << "glyph " << glyph;
        } else {
            EXPECT_EQ(got.points, 0) << "unused glyph " << glyph << " kept its outline";
        }
    }
    EXPECT_LT(subset.size(), face->table("glyf").size() / 4) << "the subset is not smaller";
}

TEST(FontSubset, WholeFileChecksumIsTheTrueTypeMagic) {
    std::string error;
    auto face = TrueTypeFace::load(testing::liberation_serif_files().bold, error);
    ASSERT_TRUE(face.has_value()) << error;
    const std::string subset = subset_truetype(*face, {face->glyph(U'A'), face->glyph(U'ñ')});
    ASSERT_EQ(subset.size() % 4, 0u);
    std::uint32_t sum = 0;
    for (std::size_t at = 0; at < subset.size(); at += 4) sum += detail::read_u32(subset, at);
    EXPECT_EQ(sum, 0xB1B0AFBAu);
}

}  // namespace
}  // namespace amparo::pdf

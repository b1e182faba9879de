// amparo's TrueType reader checked against FreeType on the real Liberation Serif faces, and on
// damaged files that must give an error, never a crash.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "pdf/font_fixture.hpp"
#include "pdf/freetype_reader.hpp"
#include "pdf/truetype_face.hpp"

namespace amparo::pdf {
namespace {

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<std::string> face_paths() {
    const FontFiles files = testing::liberation_serif_files();
    return {files.regular, files.bold, files.italic, files.bold_italic};
}

TEST(TrueTypeFace, GlyphsAdvancesAndMetricsAgreeWithFreeType) {
    for (const std::string& path : face_paths()) {
        SCOPED_TRACE(path);
        std::string error;
        auto face = TrueTypeFace::load(path, error);
        ASSERT_TRUE(face.has_value()) << error;
        testing::FreeTypeFace reference(path);
        ASSERT_TRUE(reference.ok());
        FT_Face ft = reference.get();
        EXPECT_EQ(face->glyph_count(), ft->num_glyphs);
        EXPECT_EQ(face->metrics().units_per_em, ft->units_per_EM);
        EXPECT_EQ(face->metrics().ascent, ft->ascender);
        EXPECT_EQ(face->metrics().descent, ft->descender);
        EXPECT_EQ(face->postscript_name(), FT_Get_Postscript_Name(ft));
        // A code point the font lacks (a CJK ideograph) maps to .notdef in both.
        std::u32string characters = testing::document_characters() + U"\u4E2D";
        for (char32_t c : characters) {
            SCOPED_TRACE(static_cast<unsigned>(c));
            const unsigned glyph = FT_Get_Char_Index(ft, c);
            EXPECT_EQ(face->glyph(c), glyph);
            ASSERT_TRUE(reference.load(glyph));
            EXPECT_EQ(face->advance(face->glyph(c)), ft->glyph->metrics.horiAdvance);
        }
        EXPECT_EQ(face->glyph(U'\u4E2D'), 0);
    }
}

TEST(TrueTypeFace, EveryGlyphOutlineIsTheOneFreeTypeReads) {
    const std::string path = face_paths()[0];
    std::string error;
    auto face = TrueTypeFace::load(path, error);
    ASSERT_TRUE(face.has_value()) << error;
    testing::FreeTypeFace reference(path);
    int composites = 0;
    for (int glyph = 0; glyph < face->glyph_count(); ++glyph) {
        const auto id = static_cast<std::uint16_t>(glyph);
        // FreeType reports a composite's parts as subglyphs when asked not to resolve them.
        ASSERT_EQ(FT_Load_Glyph(reference.get(), id, FT_LOAD_NO_SCALE | FT_LOAD_NO_RECURSE), 0);
        const bool composite = reference.get()->glyph->format == FT_GLYPH_FORMAT_COMPOSITE;
        EXPECT_EQ(face->components(id).size(),
                  composite ? reference.get()->glyph->num_subglyphs : 0u)
            << "glyph " << glyph;
        composites += composite;
    }
    EXPECT_GT(composites, 0) << "the font has no composite glyphs to check";
}

TEST(TrueTypeFace, DamagedFilesAreErrorsNotCrashes) {
    const std::string bytes = file_bytes(face_paths()[0]);
    std::string error;
    EXPECT_FALSE(TrueTypeFace::parse("", error).has_value());
    EXPECT_EQ(error, "not a usable TrueType font: truncated table directory");
    EXPECT_FALSE(TrueTypeFace::parse(std::string(4000, 'x'), error).has_value());
    EXPECT_EQ(error,
              "not a usable TrueType font: not a TrueType outline font (OpenType CFF and "
              "collections are not read)");
    // Cut anywhere: the directory then points past the end, or a table is short.
    for (std::size_t length : {12u, 100u, 300u, 5000u, 100000u, 300000u}) {
        error.clear();
        EXPECT_FALSE(TrueTypeFace::parse(bytes.substr(0, length), error).has_value()) << length;
        EXPECT_FALSE(error.empty());
    }
    EXPECT_FALSE(TrueTypeFace::load("/nonexistent/font.ttf", error).has_value());
    EXPECT_EQ(error, "cannot read the font file");
}

TEST(TrueTypeFace, TextWidthSumsAdvancesAtTheSize) {
    std::string error;
    auto face = TrueTypeFace::load(face_paths()[0], error);
    ASSERT_TRUE(face.has_value()) << error;
    const double em = face->metrics().units_per_em;
    const double expected = (face->advance(face->glyph(U'¿')) + face->advance(face->glyph(U'Q')) +
                             face->advance(face->glyph(U'u')) + face->advance(face->glyph(U'é'))) *
                            12 / em;
    EXPECT_DOUBLE_EQ(text_width(*face, "¿Qué", 12), expected);
    EXPECT_DOUBLE_EQ(text_width(*face, "", 12), 0);
}

}  // namespace
}  // namespace amparo::pdf

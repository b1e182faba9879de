#include "pdf/freetype_reader.hpp"

namespace amparo::testing {

FreeTypeFace::FreeTypeFace(const std::string& path) {
    if (FT_Init_FreeType(&library_) == 0 && FT_New_Face(library_, path.c_str(), 0, &face_) != 0) {
        face_ = nullptr;
    }
}

FreeTypeFace::FreeTypeFace(const char* bytes, std::size_t size) {
    if (FT_Init_FreeType(&library_) == 0 &&
        FT_New_Memory_Face(library_, reinterpret_cast<const FT_Byte*>(bytes),
                           static_cast<FT_Long>(size), 0, &face_) != 0) {
        face_ = nullptr;
    }
}

FreeTypeFace::~FreeTypeFace() {
    if (face_) FT_Done_Face(face_);
    if (library_) FT_Done_FreeType(library_);
}

bool FreeTypeFace::load(unsigned glyph) const {
    return FT_Load_Glyph(face_, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) == 0;
}

}  // namespace amparo::testing

// FreeType, the library poppler and most viewers draw TrueType with, as an independent reader
// of the fonts amparo parses and of the subsets it writes.
#pragma once

#include <ft2build.h>
#include FT_FREETYPE_H

#include <string>

namespace amparo::testing {

class FreeTypeFace {
  public:
    // From a file, or from bytes held by the caller for the face's lifetime.
    explicit FreeTypeFace(const std::string& path);
    FreeTypeFace(const char* bytes, std::size_t size);
    ~FreeTypeFace();
    FreeTypeFace(const FreeTypeFace&) = delete;
    FreeTypeFace& operator=(const FreeTypeFace&) = delete;

    bool ok() const { return face_ != nullptr; }
    FT_Face get() const { return face_; }
    // Loads a glyph unscaled and unhinted; false when FreeType refuses it.
    bool load(unsigned glyph) const;

  private:
    FT_Library library_ = nullptr;
    FT_Face face_ = nullptr;
};

}  // namespace amparo::testing

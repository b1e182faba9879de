// The body font's four faces, read once per process and shared by every document built.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "casefile/diagnostic.hpp"
#include "pdf/font_files.hpp"
#include "pdf/truetype_face.hpp"

namespace amparo::pdf {

struct FontSet {
    std::array<TrueTypeFace, 4> faces;  // indexed by detail::FontStyle (regular, bold, ...)
};

// Reads the four files; a file that cannot be read or parsed is a diagnostic naming it.
std::optional<FontSet> load_font_set(const FontFiles& files, Diagnostics& diagnostics);

// Width of UTF-8 text set in `face` at `size` points (no kerning: advance widths only).
double text_width(const TrueTypeFace& face, std::string_view text, double size);

}  // namespace amparo::pdf

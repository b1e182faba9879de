#include "pdf/font_set.hpp"

#include "pdf/utf8_decode.hpp"

namespace amparo::pdf {

std::optional<FontSet> load_font_set(const FontFiles& files, Diagnostics& diagnostics) {
    FontSet set;
    const std::string* paths[4] = {&files.regular, &files.bold, &files.italic, &files.bold_italic};
    for (int style = 0; style < 4; ++style) {
        std::string error;
        auto face = TrueTypeFace::load(*paths[style], error);
        if (!face) {
            diagnostics.push_back({*paths[style], 0, 0, Severity::Error, "", error,
                                   "reinstall the Debian package fonts-liberation2"});
            return std::nullopt;
        }
        set.faces[static_cast<std::size_t>(style)] = std::move(*face);
    }
    return set;
}

double text_width(const TrueTypeFace& face, std::string_view text, double size) {
    std::uint32_t units = 0;
    for (std::size_t at = 0; at < text.size();) {
        units += face.advance(face.glyph(detail::next_code_point(text, at)));
    }
    return units * size / face.metrics().units_per_em;
}

}  // namespace amparo::pdf

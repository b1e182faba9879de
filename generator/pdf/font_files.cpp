// fontconfig look-up of one face by family and style; refuses a substitute of another family.
#include "pdf/font_files.hpp"

#include <fontconfig/fontconfig.h>
#include <memory>

namespace amparo::pdf {

namespace {

std::optional<std::string> find_face(FcConfig* config, const char* style) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("Liberation Serif"));
    FcPatternAddString(pattern, FC_STYLE, reinterpret_cast<const FcChar8*>(style));
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pattern, &result);
    FcPatternDestroy(pattern);
    if (!match) return std::nullopt;
    std::optional<std::string> path;
    FcChar8* family = nullptr;
    FcChar8* file = nullptr;
    if (FcPatternGetString(match, FC_FAMILY, 0, &family) == FcResultMatch &&
        std::string(reinterpret_cast<char*>(family)) == "Liberation Serif" &&
        FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
        path = reinterpret_cast<char*>(file);
    }
    FcPatternDestroy(match);
    return path;
}

}  // namespace

std::optional<FontFiles> find_liberation_serif(Diagnostics& diagnostics) {
    // A configuration of our own, destroyed once the four paths are known, rather than FcInit()'s
    // process-wide one: that one is never freed, and LeakSanitizer reports it as a leak in every
    // process that looks the fonts up (found by the sanitizer build).
    std::unique_ptr<FcConfig, decltype(&FcConfigDestroy)> config{FcInitLoadConfigAndFonts(),
                                                                 &FcConfigDestroy};
    auto regular = find_face(config.get(), "Regular");
    auto bold = find_face(config.get(), "Bold");
    auto italic = find_face(config.get(), "Italic");
    auto bold_italic = find_face(config.get(), "Bold Italic");
    if (!regular || !bold || !italic || !bold_italic) {
        diagnostics.push_back({"fonts", 0, 0, Severity::Error, "",
                               "the Liberation Serif fonts are not installed",
                               "install the Debian package fonts-liberation2 (ci/setup.sh does)"});
        return std::nullopt;
    }
    return FontFiles{*regular, *bold, *italic, *bold_italic};
}

}  // namespace amparo::pdf

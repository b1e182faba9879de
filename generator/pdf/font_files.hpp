// Finding the Liberation Serif font files (Times New Roman metrics) through fontconfig; the PDF
// writer reads them itself (font_set.hpp).
#pragma once

#include <optional>
#include <string>

#include "casefile/diagnostic.hpp"

namespace amparo::pdf {

struct FontFiles {
    std::string regular;
    std::string bold;
    std::string italic;
    std::string bold_italic;
};

// The four faces of Liberation Serif, or a diagnostic saying which package to install.
std::optional<FontFiles> find_liberation_serif(Diagnostics& diagnostics);

}  // namespace amparo::pdf

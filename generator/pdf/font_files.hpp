// Finding the Liberation Serif font files (Times New Roman metrics) through fontconfig: PoDoFo
// must load fonts by path, as a lookup by a family name it lacks throws.
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

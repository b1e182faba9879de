// The Liberation Serif faces the PDF writer uses, found as the build finds them.
#pragma once

#include <gtest/gtest.h>

#include "pdf/font_set.hpp"

namespace amparo::testing {

// Paths of the four faces; the test fails (not skips) when fontconfig cannot find them, since
// ci/setup.sh installs them.
inline pdf::FontFiles liberation_serif_files() {
    Diagnostics problems;
    auto files = pdf::find_liberation_serif(problems);
    EXPECT_TRUE(files.has_value()) << "fonts-liberation2 is not installed";
    return files.value_or(pdf::FontFiles{});
}

// Code points the documents print: ASCII, Spanish letters and legal punctuation.
inline const std::u32string& document_characters() {
    static const std::u32string characters =
        U"AZaz09 .,;:()[]\"'-/&%$#@!?áéíóúÁÉÍÓÚñÑüÜ¿¡“”‘’§¶—–…";
    return characters;
}

}  // namespace amparo::testing

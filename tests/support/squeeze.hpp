// Text as compared in tests: PDF text extraction breaks lines where the layout does.
#pragma once

#include <string>

namespace amparo::testing {

// `text` with every run of whitespace made one space.
std::string squeeze(const std::string& text);

}  // namespace amparo::testing

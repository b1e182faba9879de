// Escaping case facts for CommonMark: a fact may contain `*`, `[` or `#`, and must print as typed
// rather than become emphasis, a link, a heading, or a fake placeholder.
#pragma once

#include <string>

namespace amparo::render {

// Backslash-escapes CommonMark punctuation; newlines become spaces (multi-paragraph facts are
// split into paragraphs by the context, not passed through as text).
std::string escape_markdown(const std::string& text);

}  // namespace amparo::render

// Inlines of the document model as CommonMark text: the text escaped so that it prints as it
// reads, the marks (emphasis, strong, code, links, placeholders) written as CommonMark writes
// them.
#pragma once

#include <string>
#include <vector>

#include "document/model.hpp"

namespace amparo::markdown {

// Where a run of inlines sits decides which characters would start a block there.
enum class LineStart { Yes, No };

// The inlines on one line (soft breaks become spaces; hard breaks a backslash and a new line).
// `in_table` also escapes the cell separator `|`.
std::string inline_text(const std::vector<document::Inline>& inlines, bool in_table = false);

// Text that prints literally: CommonMark's inline punctuation is backslash-escaped, and at the
// start of a line the characters that would open a heading, quote, list or thematic break.
std::string escaped(const std::string& text, LineStart at_line_start, bool in_table);

}  // namespace amparo::markdown

// Plain text of inlines and blocks: anchors, word counts, placeholder lists, outlines.
#pragma once

#include <string>
#include <vector>

#include "document/model.hpp"

namespace amparo::document {

// The visible text of inlines (soft breaks become spaces; placeholders keep their brackets).
std::string plain_text(const std::vector<Inline>& inlines);

// Words in a block and everything inside it (whitespace-separated runs).
int count_words(const Block& block);
int count_words(const Document& document);

// Every placeholder's text, in document order.
std::vector<std::string> placeholders(const Document& document);

// A heading's anchor: lowercase ASCII letters and digits joined by dashes ("I. The Group" ->
// "i-the-group"); accented Latin letters lose their accents.
std::string slug(const std::string& text);

}  // namespace amparo::document

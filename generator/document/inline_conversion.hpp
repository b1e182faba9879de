// cmark inline nodes -> model inlines: placeholders split out of text, authority and
// cross-reference links recognized.
#pragma once

#include <cmark-gfm.h>
#include <string>
#include <vector>

#include "document/model.hpp"

namespace amparo::document::detail {

// Converts the inline children of `parent` (a paragraph, heading, cell, emphasis...).
std::vector<Inline> convert_inlines(cmark_node* parent);

// Splits text into Text and Placeholder inlines at each "[[TO COMPLETE: ...]]".
void append_text_with_placeholders(const std::string& text, std::vector<Inline>& out);

}  // namespace amparo::document::detail

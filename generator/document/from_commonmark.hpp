// CommonMark (as the templates render it) -> the document model, through cmark-gfm.
#pragma once

#include <string>
#include <string_view>

#include "casefile/diagnostic.hpp"
#include "document/model.hpp"

namespace amparo::document {

struct ParseResult {
    Document document;
    Diagnostics problems;  // unknown or misplaced directives, raw HTML that was dropped
};

// Parses GitHub-flavoured CommonMark (tables on, smart punctuation off: it would mangle pipe
// tables; document/typographic_quotes turns quotes in the finished model instead). `source_name`
// names the text in problems, e.g. "brief.md (rendered from templates/brief/brief.mustache)".
ParseResult parse_commonmark(std::string_view text, const std::string& source_name);

}  // namespace amparo::document

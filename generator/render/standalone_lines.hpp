// A pre-pass over template text for what kainjow gets wrong about "standalone" tags (a tag alone
// on its line, which the Mustache spec says leaves no trace): comment and set-delimiter lines
// would otherwise leave blank lines, which in CommonMark end lists and paragraphs; and an
// indented partial must be indented line by line, or a partial inside a list breaks the list.
#pragma once

#include <set>
#include <string>
#include <utility>

namespace amparo::render {

struct StandaloneResult {
    std::string text;
    // Partials used as indented standalone lines: (name, indentation). Each is referred to in
    // `text` as indented_partial_name(name, indentation).
    std::set<std::pair<std::string, std::string>> indented_partials;
};

StandaloneResult remove_standalone_lines(const std::string& text);

// The name under which the indented variant of a partial is registered.
std::string indented_partial_name(const std::string& name, const std::string& indentation);

// The partial's text with every line indented (a final newline does not start a line).
std::string indent_lines(const std::string& text, const std::string& indentation);

}  // namespace amparo::render

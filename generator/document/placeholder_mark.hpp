// How a placeholder that a template wrote is told apart from the same characters in a fact.
// A case fact reading "[[TO COMPLETE: x]]" must print as typed, yet cmark removes the escapes
// that would show it came from a fact. So the renderer marks each "[[TO COMPLETE:" of the
// templates with U+E000 (a private-use character), facts lose any U+E000 when escaped, and only
// marked text becomes a Placeholder. The mark never reaches an output.
#pragma once

#include <string>
#include <string_view>

namespace amparo::document {

inline constexpr std::string_view kPlaceholderMark = "\xEE\x80\x80";  // U+E000
inline constexpr std::string_view kPlaceholderText = "[[TO COMPLETE:";

// `template_text` with every "[[TO COMPLETE:" marked as the template's own.
inline std::string mark_template_placeholders(std::string_view template_text) {
    std::string out;
    out.reserve(template_text.size());
    std::size_t pos = 0;
    for (auto at = template_text.find(kPlaceholderText); at != std::string_view::npos;
         at = template_text.find(kPlaceholderText, at + 1)) {
        out.append(template_text.substr(pos, at - pos));
        out.append(kPlaceholderMark);
        pos = at;
    }
    out.append(template_text.substr(pos));
    return out;
}

// `text` without the marks: for the Markdown output and for facts.
inline std::string without_placeholder_marks(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    for (auto at = text.find(kPlaceholderMark); at != std::string_view::npos;
         at = text.find(kPlaceholderMark, pos)) {
        out.append(text.substr(pos, at - pos));
        pos = at + kPlaceholderMark.size();
    }
    out.append(text.substr(pos));
    return out;
}

}  // namespace amparo::document

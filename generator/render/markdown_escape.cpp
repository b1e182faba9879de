// The set of escaped characters is what can start markup inline or at a line start.
#include "render/markdown_escape.hpp"

#include <cstring>

namespace amparo::render {

std::string escape_markdown(const std::string& text) {
    static const char* special = "\\`*_[]<>#|~!&";
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        if (std::strchr(special, c) != nullptr) out += '\\';
        out += c;
    }
    // A paragraph may begin with the fact: keep "1990. I was born" from becoming a list item.
    std::size_t digits = 0;
    while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) {
        out.insert(digits, "\\");
    } else if (!out.empty() && (out[0] == '-' || out[0] == '+')) {
        out.insert(0, "\\");
    }
    return out;
}

}  // namespace amparo::render

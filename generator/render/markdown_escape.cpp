// The set of escaped characters is what can start markup inline or at a line start.
#include "render/markdown_escape.hpp"

#include <string_view>

#include "document/placeholder_mark.hpp"

namespace amparo::render {

std::string escape_markdown(const std::string& text) {
    static constexpr std::string_view special = "\\`*_[]<>#|~!&";
    // A fact never carries a template's placeholder mark (document/placeholder_mark.hpp).
    const std::string unmarked = document::without_placeholder_marks(text);
    std::string out;
    out.reserve(unmarked.size() + 8);
    for (std::size_t i = 0; i < unmarked.size(); ++i) {
        const char c = unmarked[i];
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f') {
            out += ' ';
            continue;
        }
        // Other C0 controls, DEL and the C1 controls (U+0080-U+009F, C2 80-C2 9F in UTF-8) mean
        // nothing in a document and can forge terminal output: they are dropped, so the PDF, the
        // DOCX and the Markdown all print the same text.
        if (byte < 0x20 || byte == 0x7f) continue;
        if (byte == 0xc2 && i + 1 < unmarked.size() &&
            static_cast<unsigned char>(unmarked[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(unmarked[i + 1]) <= 0x9f) {
            ++i;
            continue;
        }
        if (special.find(c) != std::string_view::npos) out += '\\';
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

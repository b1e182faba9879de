// Code points out of UTF-8 text. The text has been checked as UTF-8 when the case file was read;
// a stray byte still decodes (as U+FFFD) rather than running past the end.
#pragma once

#include <string_view>

namespace amparo::pdf::detail {

inline char32_t next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    int extra = lead < 0x80 ? 0 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
    if (extra < 0 || at + static_cast<std::size_t>(extra) >= text.size()) {
        ++at;
        return 0xFFFD;
    }
    char32_t code = extra == 0 ? lead : lead & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) {
        const unsigned char next = byte(at + static_cast<std::size_t>(i));
        if ((next & 0xC0) != 0x80) {
            ++at;
            return 0xFFFD;
        }
        code = (code << 6) | (next & 0x3F);
    }
    at += static_cast<std::size_t>(extra) + 1;
    return code;
}

}  // namespace amparo::pdf::detail

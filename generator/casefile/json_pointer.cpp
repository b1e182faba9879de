// Pointer building and the pointer -> dotted path conversion shown in diagnostics.
#include "casefile/json_pointer.hpp"

#include <cctype>

namespace amparo {

std::string pointer_append(const std::string& pointer, std::string_view token) {
    std::string result = pointer + "/";
    for (char c : token) {
        if (c == '~') {
            result += "~0";
        } else if (c == '/') {
            result += "~1";
        } else {
            result += c;
        }
    }
    return result;
}

std::string pointer_append(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
}

std::string pointer_to_path(std::string_view pointer) {
    std::string path;
    std::size_t pos = 0;
    while (pos < pointer.size()) {
        std::size_t next = pointer.find('/', pos + 1);
        std::string_view raw = pointer.substr(
            pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1);
        std::string token;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size()) {
                token += raw[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                token += raw[i];
            }
        }
        bool is_index = !token.empty();
        for (char c : token) is_index = is_index && std::isdigit(static_cast<unsigned char>(c));
        if (is_index) {
            path += "[" + token + "]";
        } else {
            if (!path.empty()) path += ".";
            path += token;
        }
        if (next == std::string_view::npos) break;
        pos = next;
    }
    return path;
}

}  // namespace amparo

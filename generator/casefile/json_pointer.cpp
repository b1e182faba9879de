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

void for_each_match(const nlohmann::json& value, std::string_view pattern,
                    const std::string& pointer, const Visit& visit) {
    if (pattern.empty()) {
        visit(value, pointer);
        return;
    }
    std::size_t next = pattern.find('/', 1);
    std::string token(
        pattern.substr(1, next == std::string_view::npos ? std::string_view::npos : next - 1));
    std::string_view rest = next == std::string_view::npos ? "" : pattern.substr(next);
    if (token == "*") {
        if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                for_each_match(value[i], rest, pointer_append(pointer, i), visit);
            }
        } else if (value.is_object()) {
            for (const auto& [key, child] : value.items()) {
                for_each_match(child, rest, pointer_append(pointer, key), visit);
            }
        }
    } else if (value.is_object() && value.contains(token)) {
        for_each_match(value[token], rest, pointer_append(pointer, token), visit);
    }
}

}  // namespace amparo

// JSON pointers (RFC 6901) built while converting, and the dotted paths users read.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace amparo {

// Appends one reference token to a pointer, escaping '~' and '/'.
std::string pointer_append(const std::string& pointer, std::string_view token);
std::string pointer_append(const std::string& pointer, std::size_t index);

// "/incidents/2/date" -> "incidents[2].date"; "" -> "".
std::string pointer_to_path(std::string_view pointer);

using Visit = std::function<void(const nlohmann::json&, const std::string& pointer)>;

// Calls `visit` with every value under `value` matching a pattern such as
// "/incidents/*/exhibits/*" ('*' matches any key or index), and its pointer.
void for_each_match(const nlohmann::json& value, std::string_view pattern,
                    const std::string& pointer, const Visit& visit);

}  // namespace amparo

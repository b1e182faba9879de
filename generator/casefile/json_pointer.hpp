// JSON pointers (RFC 6901) built while converting, and the dotted paths users read.
#pragma once

#include <string>
#include <string_view>

namespace amparo {

// Appends one reference token to a pointer, escaping '~' and '/'.
std::string pointer_append(const std::string& pointer, std::string_view token);
std::string pointer_append(const std::string& pointer, std::size_t index);

// "/incidents/2/date" -> "incidents[2].date"; "" -> "".
std::string pointer_to_path(std::string_view pointer);

}  // namespace amparo

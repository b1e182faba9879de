// zlib compression for PDF streams (/FlateDecode), at a level chosen for speed: the content of a
// text page and a font subset compress nearly as well at level 1 as at 6, several times faster.
#pragma once

#include <string>
#include <string_view>

namespace amparo::pdf::detail {

std::string deflate(std::string_view data);

}  // namespace amparo::pdf::detail

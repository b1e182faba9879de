// Big-endian integers as TrueType stores them, read from and appended to byte strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace amparo::pdf::detail {

inline std::uint16_t read_u16(std::string_view bytes, std::size_t at) {
    return static_cast<std::uint16_t>((static_cast<unsigned char>(bytes[at]) << 8) |
                                      static_cast<unsigned char>(bytes[at + 1]));
}

inline std::int16_t read_s16(std::string_view bytes, std::size_t at) {
    return static_cast<std::int16_t>(read_u16(bytes, at));
}

inline std::uint32_t read_u32(std::string_view bytes, std::size_t at) {
    return (static_cast<std::uint32_t>(read_u16(bytes, at)) << 16) | read_u16(bytes, at + 2);
}

inline void append_u16(std::string& out, std::uint32_t value) {
    out.push_back(static_cast<char>((value >> 8) & 0xff));
    out.push_back(static_cast<char>(value & 0xff));
}

inline void append_u32(std::string& out, std::uint32_t value) {
    append_u16(out, value >> 16);
    append_u16(out, value & 0xffff);
}

inline void write_u16(std::string& out, std::size_t at, std::uint32_t value) {
    out[at] = static_cast<char>((value >> 8) & 0xff);
    out[at + 1] = static_cast<char>(value & 0xff);
}

inline void write_u32(std::string& out, std::size_t at, std::uint32_t value) {
    write_u16(out, at, value >> 16);
    write_u16(out, at + 2, value & 0xffff);
}

}  // namespace amparo::pdf::detail

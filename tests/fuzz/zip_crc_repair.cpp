// Walks the central directory records wherever they are found, and patches their entries' CRCs.
#include "fuzz/zip_crc_repair.hpp"

#include <zlib.h>

#include <cstdint>
#include <string_view>

namespace amparo::fuzz {
namespace {

constexpr std::string_view central_signature{"PK\x01\x02", 4};
constexpr std::string_view local_signature{"PK\x03\x04", 4};
constexpr std::size_t central_size = 46;  // fixed part of a central directory record
constexpr std::size_t local_size = 30;    // fixed part of a local file header

std::uint32_t read_le(const std::string& bytes, std::size_t at, int width) {
    std::uint32_t value = 0;
    for (int i = width - 1; i >= 0; --i) {
        value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    }
    return value;
}

void write_le32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (std::size_t i = 0; i < 4; ++i) {
        bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
    }
}

// Repairs the entry of the central record at `record`, when it is stored and lies inside the file.
void repair_entry(std::string& zip, std::size_t record) {
    if (read_le(zip, record + 10, 2) != 0) return;  // compressed: its CRC is libzip's to check
    const std::size_t size = read_le(zip, record + 20, 4);
    const std::size_t local = read_le(zip, record + 42, 4);
    if (local > zip.size() - local_size || zip.compare(local, 4, local_signature) != 0) return;
    const std::size_t data =
        local + local_size + read_le(zip, local + 26, 2) + read_le(zip, local + 28, 2);
    if (data > zip.size() || size > zip.size() - data) return;
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(zip.data() + data), static_cast<uInt>(size)));
    write_le32(zip, record + 16, crc);
    write_le32(zip, local + 14, crc);
}

}  // namespace

std::string with_stored_crcs_repaired(std::string zip) {
    if (zip.size() < central_size) return zip;
    for (auto at = zip.find(central_signature);
         at != std::string::npos && at <= zip.size() - central_size;
         at = zip.find(central_signature, at + 1)) {
        repair_entry(zip, at);
    }
    return zip;
}

}  // namespace amparo::fuzz

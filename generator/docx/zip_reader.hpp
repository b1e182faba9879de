// Reads every entry of a zip file (a reference .docx) into memory, with a size limit.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace amparo::docx::detail {

struct ZipEntries {
    std::map<std::string, std::string> entries;  // entry name -> uncompressed bytes
    std::string error;                           // empty on success; says what went wrong
};

// A limit on the total uncompressed size keeps a zip bomb from exhausting memory.
ZipEntries read_zip(const std::filesystem::path& path, std::uint64_t max_total_bytes);

}  // namespace amparo::docx::detail

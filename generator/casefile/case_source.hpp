// Reading a case file's bytes safely: size limit, encoding, emptiness — before YAML sees them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "casefile/diagnostic.hpp"

namespace amparo {

struct CaseSourceLimits {
    // A case file is text; documents go in exhibit PDFs. 4 MiB is over a hundred times the size
    // of the largest sample, and keeps a mistaken 50 MB file from being parsed at all.
    std::uintmax_t max_bytes = 4u << 20;
};

// Reads the file and checks it is UTF-8 text of a sane size. On failure adds a diagnostic
// (naming `display_name`) and returns nullopt. A UTF-8 byte-order mark is removed.
std::optional<std::string> read_case_source(const std::filesystem::path& path,
                                            const std::string& display_name,
                                            Diagnostics& diagnostics,
                                            const CaseSourceLimits& limits = {});

// The 1-based line and column (in characters) of a byte offset in UTF-8 text.
struct LineColumn {
    int line = 1;
    int column = 1;
};
LineColumn line_column_at(const std::string& text, std::size_t offset);

// Offset of the first byte from `from` on that is not valid UTF-8, or nullopt when there is none.
std::optional<std::size_t> first_invalid_utf8(const std::string& text, std::size_t from = 0);

}  // namespace amparo

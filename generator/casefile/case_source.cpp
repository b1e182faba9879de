// Reads case files and refuses what YAML parsing should never be asked to handle.
#include "casefile/case_source.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

namespace amparo {

namespace {

Diagnostic file_error(const std::string& file, int line, int column, std::string message,
                      std::string hint) {
    return Diagnostic{file, line, column, Severity::Error, "", std::move(message), std::move(hint)};
}

std::string megabytes(std::uintmax_t bytes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return buffer;
}

// Length of the UTF-8 sequence starting at text[i], or 0 if it is not a valid one.
std::size_t utf8_sequence_length(const std::string& text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    std::size_t length = 0;
    std::uint32_t min_code = 0;
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        min_code = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        min_code = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        min_code = 0x10000;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    std::uint32_t code = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return length;
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(const std::string& text, std::size_t from) {
    for (std::size_t i = from; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

LineColumn line_column_at(const std::string& text, std::size_t offset) {
    LineColumn result;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++result.line;
            result.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++result.column;  // count characters, not continuation bytes
        }
    }
    return result;
}

std::optional<std::string> read_case_source(const std::filesystem::path& path,
                                            const std::string& display_name,
                                            Diagnostics& diagnostics,
                                            const CaseSourceLimits& limits) {
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    if (error) {
        diagnostics.push_back(file_error(display_name, 0, 0,
                                         "cannot read the file: " + error.message(),
                                         "check the path and permissions"));
        return std::nullopt;
    }
    if (size > limits.max_bytes) {
        diagnostics.push_back(file_error(
            display_name, 1, 1,
            "the file is " + megabytes(size) + "; a case file may be at most " +
                megabytes(limits.max_bytes),
            "a case file holds the case's text only: put documents in exhibit PDFs and refer to "
            "them with `file:`"));
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof()) {
        diagnostics.push_back(file_error(display_name, 0, 0, "cannot read the file",
                                         "check the path and permissions"));
        return std::nullopt;
    }
    std::string text = buffer.str();

    if (text.size() >= 2 &&
        ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
        diagnostics.push_back(file_error(display_name, 1, 1,
                                         "the file is UTF-16; case files must be UTF-8",
                                         "save the file as UTF-8 (in most editors: Save As, "
                                         "Encoding: UTF-8)"));
        return std::nullopt;
    }
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    if (auto bad = first_invalid_utf8(text)) {
        auto where = line_column_at(text, *bad);
        char byte_text[8];
        std::snprintf(byte_text, sizeof byte_text, "0x%02X",
                      static_cast<unsigned>(static_cast<unsigned char>(text[*bad])));
        diagnostics.push_back(file_error(
            display_name, where.line, where.column,
            std::string("the file is not UTF-8 text (byte ") + byte_text + " here)",
            "save the file as UTF-8; a file saved as Latin-1 or Windows-1252 turns letters "
            "such as á or ñ into single bytes like this one"));
        return std::nullopt;
    }
    bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
    if (blank) {
        diagnostics.push_back(file_error(
            display_name, 1, 1, "the file is empty",
            "a case file is a mapping with at least `case`, `applicant`, `incidents` and "
            "`claims`; `amparo new CASE-ID` writes a skeleton to start from"));
        return std::nullopt;
    }
    return text;
}

}  // namespace amparo

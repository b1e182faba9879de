// Formatting of diagnostics as compiler-style lines and as JSON.
#include "casefile/diagnostic.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

namespace amparo {

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::Error:
            return "error";
        case Severity::Warning:
            return "warning";
        case Severity::Note:
            return "note";
    }
    return "error";
}

std::string escape_control_characters(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool c1 = byte == 0xc2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9f;
        if (byte == '\n') {
            out += "\\n";
        } else if (byte == '\r') {
            out += "\\r";
        } else if (byte == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7f) {
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else if (c1) {
            const auto code = static_cast<unsigned char>(text[++i]);
            out += "\\u00";
            out += hex[code >> 4];
            out += hex[code & 0xf];
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
    // Every part may echo text from a case file; a raw newline or escape sequence there could
    // print a fake diagnostic line that CI annotators believe.
    Diagnostic d = diagnostic;
    for (std::string* part : {&d.file, &d.path, &d.message, &d.hint})
        *part = escape_control_characters(*part);
    std::string text = d.file;
    if (d.line > 0) {
        text += ":" + std::to_string(d.line);
        if (d.column > 0) text += ":" + std::to_string(d.column);
    }
    text += ": ";
    text += severity_name(d.severity);
    text += ": ";
    if (!d.path.empty()) text += d.path + ": ";
    text += d.message;
    if (!d.hint.empty()) text += "\n    hint: " + d.hint;
    return text;
}

std::string diagnostics_to_json(const Diagnostics& diagnostics) {
    auto array = nlohmann::json::array();
    for (const auto& d : diagnostics) {
        array.push_back({{"file", d.file},
                         {"line", d.line},
                         {"column", d.column},
                         {"severity", severity_name(d.severity)},
                         {"path", d.path},
                         {"message", d.message},
                         {"hint", d.hint}});
    }
    // A file name need not be UTF-8, and JSON must be: bytes that are not UTF-8 become U+FFFD
    // rather than an exception (nlohmann's default) that ends the run as an internal error.
    return array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

void limit_diagnostics(Diagnostics& diagnostics, std::size_t first, std::size_t limit) {
    if (diagnostics.size() <= first + limit) return;
    const std::size_t left_out = diagnostics.size() - first - limit;
    Diagnostic note{diagnostics[first].file,
                    0,
                    0,
                    Severity::Note,
                    "",
                    std::to_string(left_out) + " more problem" + (left_out == 1 ? "" : "s") +
                        " in this file not shown",
                    "fix the ones above first, then validate again"};
    diagnostics.resize(first + limit);
    diagnostics.push_back(std::move(note));
}

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

void sort_by_position(Diagnostics& diagnostics) {
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
        });
}

}  // namespace amparo

// The one type for every user-facing problem: where it is, how bad, what is wrong, how to fix it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace amparo {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    std::string file;  // as the user named it
    int line = 0;      // 1-based; 0 when the problem concerns the whole file
    int column = 0;    // 1-based; 0 when unknown
    Severity severity = Severity::Error;
    std::string path;     // dotted path in the case, e.g. "incidents[2].date"; empty if none
    std::string message;  // what is wrong
    std::string hint;     // how to fix it; may be empty
};

using Diagnostics = std::vector<Diagnostic>;

const char* severity_name(Severity severity);

// Keeps the first `limit` diagnostics from index `first` on (one file's), and replaces the rest
// with one note saying how many were left out: a file with thousands of problems must not flood
// the terminal or exhaust memory, and its first problems are the ones to fix first.
void limit_diagnostics(Diagnostics& diagnostics, std::size_t first, std::size_t limit);

// `text` with C0 controls, DEL and C1 controls written as escapes (\n, \x1b, \u0085).
std::string escape_control_characters(std::string_view text);

// "FILE:LINE:COL: error: PATH: message" plus, when present, an indented "hint: ..." line. Control
// characters in any part are escaped, so one diagnostic is always one line (plus its hint).
std::string format_diagnostic(const Diagnostic& diagnostic);

// The diagnostics as a JSON array (for --format json).
std::string diagnostics_to_json(const Diagnostics& diagnostics);

bool has_errors(const Diagnostics& diagnostics);

// Orders diagnostics by file, line and column (stable, so equal places keep their order).
void sort_by_position(Diagnostics& diagnostics);

}  // namespace amparo

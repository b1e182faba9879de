// Printing diagnostics: as text (stderr, compiler style), or for machines on stdout: JSON, GitHub
// workflow commands, or a SARIF 2.1.0 log.
#pragma once

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>

#include "casefile/diagnostic.hpp"

namespace amparo::cli {

enum class OutputFormat { Text, Json, Github, Sarif };

// A subcommand's --format option.
struct FormatOption {
    std::string value = "text";
    std::string command;  // the subcommand's name: SARIF's rule id
    OutputFormat format() const;
    // Text and GitHub commands are printed as each case finishes; JSON and SARIF once, at the end.
    bool streamed() const;
};

// Adds --format to `command`; `json_description` says what --format json prints.
void add_format_option(CLI::App& command, FormatOption& option,
                       const std::string& json_description = "the diagnostics as a JSON array");

// Text goes to stderr; the other formats to `structured` (stdout unless the command's stdout
// holds something else, as `render`'s does).
void print_diagnostics(const Diagnostics& diagnostics, const FormatOption& format);
void print_diagnostics(const Diagnostics& diagnostics, const FormatOption& format,
                       std::ostream& structured);

// Text on stderr, whatever the --format: for problems that stop a command before its work
// starts (an unreadable schema or templates folder).
void print_text_diagnostics(const Diagnostics& diagnostics);

}  // namespace amparo::cli

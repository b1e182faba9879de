// Printing diagnostics as text (stderr, compiler style) or JSON (stdout, for machines).
#pragma once

#include <string>

#include "casefile/diagnostic.hpp"

namespace amparo::cli {

enum class OutputFormat { Text, Json };

void print_diagnostics(const Diagnostics& diagnostics, OutputFormat format);

// Adds the --format option to a subcommand.
struct FormatOption {
    std::string value = "text";
    OutputFormat format() const {
        return value == "json" ? OutputFormat::Json : OutputFormat::Text;
    }
};

}  // namespace amparo::cli

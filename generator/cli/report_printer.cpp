// Diagnostics go to stderr as text so that stdout stays clean for JSON and summaries.
#include "cli/report_printer.hpp"

#include <iostream>

namespace amparo::cli {

void print_diagnostics(const Diagnostics& diagnostics, OutputFormat format) {
    if (format == OutputFormat::Json) {
        std::cout << diagnostics_to_json(diagnostics) << "\n";
        return;
    }
    for (const auto& diagnostic : diagnostics) {
        std::cerr << format_diagnostic(diagnostic) << "\n";
    }
}

}  // namespace amparo::cli

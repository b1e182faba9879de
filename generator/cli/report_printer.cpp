// Diagnostics go to stderr as text so that stdout stays clean for JSON and summaries.
#include "cli/report_printer.hpp"

#include <filesystem>
#include <iostream>

#include "cli/github_annotations.hpp"
#include "cli/sarif_log.hpp"

#ifndef AMPARO_VERSION
#define AMPARO_VERSION "0.0.0"
#endif

namespace amparo::cli {

namespace {

// Annotations and SARIF name files relative to the checkout; CI runs amparo from there.
std::string workspace() {
    std::error_code error;
    auto folder = std::filesystem::current_path(error);
    return error ? "" : folder.string();
}

}  // namespace

OutputFormat FormatOption::format() const {
    if (value == "json") return OutputFormat::Json;
    if (value == "github") return OutputFormat::Github;
    if (value == "sarif") return OutputFormat::Sarif;
    return OutputFormat::Text;
}

bool FormatOption::streamed() const {
    return format() == OutputFormat::Text || format() == OutputFormat::Github;
}

void add_format_option(CLI::App& command, FormatOption& option,
                       const std::string& json_description) {
    option.command = command.get_name();
    command
        .add_option("--format", option.value,
                    "Diagnostics: text (default, on stderr), json (" + json_description +
                        "), github (GitHub Actions annotations) or sarif (a SARIF 2.1.0 log); the "
                        "last three on stdout")
        ->check(CLI::IsMember({"text", "json", "github", "sarif"}));
}

void print_diagnostics(const Diagnostics& diagnostics, const FormatOption& format) {
    print_diagnostics(diagnostics, format, std::cout);
}

void print_diagnostics(const Diagnostics& diagnostics, const FormatOption& format,
                       std::ostream& structured) {
    switch (format.format()) {
        case OutputFormat::Text:
            print_text_diagnostics(diagnostics);
            return;
        case OutputFormat::Json:
            structured << diagnostics_to_json(diagnostics) << "\n";
            return;
        case OutputFormat::Github: {
            const std::string folder = workspace();
            for (const auto& diagnostic : diagnostics)
                structured << github_annotation(diagnostic, folder) << "\n";
            return;
        }
        case OutputFormat::Sarif:
            structured << sarif_log(diagnostics, {AMPARO_VERSION, format.command}, workspace())
                              .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                       << "\n";
            return;
    }
}

void print_text_diagnostics(const Diagnostics& diagnostics) {
    for (const auto& diagnostic : diagnostics) {
        std::cerr << format_diagnostic(diagnostic) << "\n";
    }
}

}  // namespace amparo::cli

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

std::string format_diagnostic(const Diagnostic& d) {
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
    return array.dump(2);
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

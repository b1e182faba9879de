// The escapes are those of the Actions toolkit (@actions/core, command.ts): `%`, CR and LF in
// the message; those and `:` and `,` in property values, which the runner splits on.
#include "cli/github_annotations.hpp"

#include <filesystem>

namespace amparo::cli {

namespace {

std::string escape_data(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '%') {
            out += "%25";
        } else if (c == '\r') {
            out += "%0D";
        } else if (c == '\n') {
            out += "%0A";
        } else {
            out += c;
        }
    }
    return out;
}

std::string escape_property(const std::string& text) {
    std::string out;
    for (char c : escape_data(text)) {
        if (c == ':') {
            out += "%3A";
        } else if (c == ',') {
            out += "%2C";
        } else {
            out += c;
        }
    }
    return out;
}

// GitHub calls a note a notice.
std::string command_for(Severity severity) {
    return severity == Severity::Note ? "notice" : severity_name(severity);
}

std::string relative_to_workspace(const std::string& file, const std::string& workspace) {
    namespace fs = std::filesystem;
    const fs::path path(file);
    if (workspace.empty() || !path.is_absolute()) return fs::path(file).generic_string();
    const fs::path relative = path.lexically_normal().lexically_relative(workspace);
    if (relative.empty() || *relative.begin() == "..") return path.generic_string();
    return relative.generic_string();
}

}  // namespace

std::string github_annotation(const Diagnostic& diagnostic, const std::string& workspace) {
    // Control characters are escaped first, as in the text format: a case file's text must not
    // be able to end the command early and start another.
    std::string properties;
    if (!diagnostic.file.empty()) {
        properties = "file=" + escape_property(escape_control_characters(
                                   relative_to_workspace(diagnostic.file, workspace)));
        if (diagnostic.line > 0) {
            properties += ",line=" + std::to_string(diagnostic.line);
            if (diagnostic.column > 0) properties += ",col=" + std::to_string(diagnostic.column);
        }
    }
    if (!diagnostic.path.empty()) {
        properties += std::string(properties.empty() ? "" : ",") +
                      "title=" + escape_property(escape_control_characters(diagnostic.path));
    }
    std::string message = escape_control_characters(diagnostic.message);
    if (!diagnostic.hint.empty())
        message += "\nhint: " + escape_control_characters(diagnostic.hint);
    std::string line = "::";
    line += command_for(diagnostic.severity);
    if (!properties.empty()) line += " " + properties;
    return line + "::" + escape_data(message);
}

}  // namespace amparo::cli

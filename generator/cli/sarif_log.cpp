// Only what a reader needs to place and show each problem: rule, level, message, file, line and
// column. Columns count characters (code points), as amparo's positions do; SARIF's levels are
// amparo's severity names.
#include "cli/sarif_log.hpp"

#include <cctype>
#include <filesystem>

namespace amparo::cli {

namespace {

using nlohmann::json;

// RFC 3986: unreserved characters and "/" as they are, every other byte as %XX.
std::string percent_encoded(const std::string& path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        }
    }
    return out;
}

std::string artifact_uri(const std::string& file, const std::string& workspace) {
    namespace fs = std::filesystem;
    const fs::path path(file);
    if (!path.is_absolute()) return percent_encoded(path.generic_string());
    if (!workspace.empty()) {
        const fs::path relative = path.lexically_normal().lexically_relative(workspace);
        if (!relative.empty() && *relative.begin() != "..")
            return percent_encoded(relative.generic_string());
    }
    return "file://" + percent_encoded(path.lexically_normal().generic_string());
}

json result_of(const Diagnostic& d, const std::string& workspace) {
    std::string text = d.path.empty() ? d.message : d.path + ": " + d.message;
    if (!d.hint.empty()) text += "\nhint: " + d.hint;
    json result = {{"ruleId", ""},
                   {"ruleIndex", 0},
                   {"level", severity_name(d.severity)},
                   {"message", {{"text", text}}}};
    if (!d.file.empty()) {
        json location = {{"artifactLocation", {{"uri", artifact_uri(d.file, workspace)}}}};
        if (d.line > 0) {
            location["region"] = {{"startLine", d.line}};
            if (d.column > 0) location["region"]["startColumn"] = d.column;
        }
        result["locations"] = json::array({{{"physicalLocation", location}}});
    }
    return result;
}

}  // namespace

json sarif_log(const Diagnostics& diagnostics, const SarifTool& tool,
               const std::string& workspace) {
    const std::string rule = "amparo/" + tool.command;
    json results = json::array();
    for (const auto& diagnostic : diagnostics) {
        json result = result_of(diagnostic, workspace);
        result["ruleId"] = rule;
        results.push_back(std::move(result));
    }
    json driver = {
        {"name", "amparo"},
        {"version", tool.version},
        {"rules", json::array({{{"id", rule},
                                {"shortDescription",
                                 {{"text", "Problems found by amparo " + tool.command}}}}})}};
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", json::array({{{"tool", {{"driver", driver}}},
                                   {"columnKind", "unicodeCodePoints"},
                                   {"results", results}}})}};
}

}  // namespace amparo::cli

// Hashing a build's inputs and comparing them with what report.json recorded.
#include "pipeline/build_inputs.hpp"

#include <algorithm>
#include <fstream>
#include <vector>

#include "pipeline/content_hash.hpp"

namespace amparo::pipeline {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Every regular file below `folder`, by path, so that the order never depends on the directory.
std::vector<fs::path> files_below(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error)) {
        if (it->is_regular_file(error)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool add_named_file(ContentHash& hash, const std::string& name, const fs::path& file) {
    hash.add(name);
    return hash.add_file(file);
}

std::optional<json> read_json(const fs::path& file) {
    std::ifstream in(file);
    if (!in) return std::nullopt;
    json value = json::parse(in, nullptr, false);
    if (value.is_discarded()) return std::nullopt;
    return value;
}

}  // namespace

std::optional<std::string> batch_inputs_hash(const BuildSettings& settings,
                                             const fs::path& schema_file,
                                             const OutputPermissions& permissions,
                                             const std::string& today) {
    ContentHash hash;
    hash.add(AMPARO_VERSION);
    if (!add_named_file(hash, "schema", schema_file)) return std::nullopt;
    const fs::path& templates = settings.templates.folder();
    for (const auto& file : files_below(templates)) {
        if (!add_named_file(hash, file.lexically_relative(templates).string(), file))
            return std::nullopt;
    }
    if (settings.font_files) {
        for (const auto* face : {&settings.font_files->regular, &settings.font_files->bold,
                                 &settings.font_files->italic, &settings.font_files->bold_italic}) {
            if (!add_named_file(hash, "font", *face)) return std::nullopt;
        }
    }
    if (!settings.reference_docx.empty() &&
        !add_named_file(hash, "reference docx", settings.reference_docx)) {
        return std::nullopt;
    }
    for (const auto& format : settings.formats) hash.add(format);
    hash.add(std::to_string(permissions.file) + " " + std::to_string(permissions.folder));
    hash.add(std::to_string(settings.creation_epoch));
    hash.add(settings.strict ? "strict" : "lenient");
    hash.add(today);
    return hash.hex();
}

std::optional<json> case_inputs_record(const LoadedCase& loaded, const std::string& case_hash,
                                       const std::string& batch_hash) {
    json exhibits = json::object();
    for (const auto& exhibit : loaded.data.value("exhibits", json::array())) {
        if (!exhibit.contains("file")) continue;
        const std::string file = exhibit["file"];
        auto sha = file_sha256(loaded.folder / file);
        if (!sha) return std::nullopt;
        exhibits[file] = *sha;
    }
    return json{{"case", case_hash}, {"batch", batch_hash}, {"exhibits", exhibits}};
}

std::optional<BuildFacts> unchanged_build(const fs::path& case_folder, const fs::path& case_file,
                                          const std::string& case_hash,
                                          const std::string& batch_hash) {
    auto report = read_json(case_folder / "report.json");
    if (!report || !report->contains("inputs")) return std::nullopt;
    const json& inputs = (*report)["inputs"];
    if (inputs.value("case", "") != case_hash || inputs.value("batch", "") != batch_hash)
        return std::nullopt;
    const fs::path folder = case_file.has_parent_path() ? case_file.parent_path() : ".";
    const json exhibits = inputs.value("exhibits", json::object());
    for (const auto& [file, recorded] : exhibits.items()) {
        auto sha = file_sha256(folder / file);
        if (!sha || !recorded.is_string() || *sha != recorded.get<std::string>())
            return std::nullopt;
    }
    return facts_of_report(*report);
}

BuildFacts facts_of_report(const json& report) {
    BuildFacts facts;
    for (const auto& document : report.value("documents", json::array())) {
        ++facts.documents;
        facts.pages += document.value("pages", std::size_t{0});
        facts.placeholders += document.value("placeholders", json::array()).size();
    }
    if (report.contains("packet")) facts.pages += report["packet"].value("pages", std::size_t{0});
    facts.warnings = report.value("warnings", std::size_t{0});
    return facts;
}

}  // namespace amparo::pipeline

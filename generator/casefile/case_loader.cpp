// The order of the loading stages; each stage lives in its own file.
#include "casefile/case_loader.hpp"

#include <algorithm>

#include "casefile/case_source.hpp"
#include "casefile/case_version.hpp"
#include "casefile/field_checks.hpp"
#include "casefile/reference_checks.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo {

// Enough to show every problem of a file written by hand; a generated file that repeats one
// mistake thousands of times gets its first ones and a count.
constexpr std::size_t kMostDiagnosticsPerFile = 100;

std::optional<LoadedCase> load_case(const std::filesystem::path& path, const CaseSchema& schema,
                                    Diagnostics& diagnostics) {
    const std::string display = path.string();
    std::size_t errors_before = diagnostics.size();

    auto text = read_case_source(path, display, diagnostics);
    if (!text) return std::nullopt;
    auto document = yaml_to_json(*text, display, diagnostics);
    if (!document) return std::nullopt;

    numbers_to_text_where_text_expected(schema.json(), *document);
    Diagnostics found = schema.validate(*document, display);
    Diagnostics references = check_references(*document, display);
    found.insert(found.end(), references.begin(), references.end());
    const auto folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    Diagnostics files = check_exhibit_files(*document, display, folder);
    // A refused path also fails the schema's pattern; the path check says more, so keep it alone.
    std::erase_if(found, [&](const Diagnostic& d) {
        return std::any_of(files.begin(), files.end(),
                           [&](const Diagnostic& f) { return f.path == d.path; });
    });
    found.insert(found.end(), files.begin(), files.end());
    // Only a valid document has the shapes the version-1 reading expects.
    if (!has_errors(found)) read_as_current_version(*document, display, found);
    sort_by_position(found);
    const bool invalid = has_errors(found);
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    limit_diagnostics(diagnostics, errors_before, kMostDiagnosticsPerFile);
    if (invalid) return std::nullopt;
    CaseView view = build_case_view(document->value, document->positions);
    return LoadedCase{
        path,           folder, display, std::move(document->value), std::move(document->positions),
        std::move(view)};
}

}  // namespace amparo

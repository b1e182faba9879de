// Loading, the exhibit files, then the legal checks.
#include "pipeline/checked_case.hpp"

#include "pipeline/exhibit_files.hpp"

namespace amparo::pipeline {

std::optional<CheckedCase> load_checked_case(const std::filesystem::path& path,
                                             const CaseSchema& schema,
                                             const legal::CheckContext& context,
                                             Diagnostics& diagnostics) {
    auto loaded = load_case(path, schema, diagnostics);
    if (!loaded) return std::nullopt;
    Diagnostics found;
    auto file_pages = read_exhibit_files(*loaded, found);
    Diagnostics legal = legal::check_legal(*loaded, context);
    found.insert(found.end(), legal.begin(), legal.end());
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    if (has_errors(found)) return std::nullopt;
    return CheckedCase{std::move(*loaded), std::move(file_pages.exhibits),
                       std::move(file_pages.translations)};
}

}  // namespace amparo::pipeline

// Loading followed by the legal checks.
#include "pipeline/checked_case.hpp"

namespace amparo::pipeline {

std::optional<LoadedCase> load_checked_case(const std::filesystem::path& path,
                                            const CaseSchema& schema,
                                            const legal::CheckContext& context,
                                            Diagnostics& diagnostics) {
    auto loaded = load_case(path, schema, diagnostics);
    if (!loaded) return std::nullopt;
    Diagnostics found = legal::check_legal(*loaded, context);
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    if (has_errors(found)) return std::nullopt;
    return loaded;
}

}  // namespace amparo::pipeline

// A case loaded, validated and legally checked: what validate reports and build starts from.
#pragma once

#include <filesystem>
#include <optional>

#include "casefile/case_loader.hpp"
#include "legal/legal_checks.hpp"

namespace amparo::pipeline {

// Loads the case and runs the legal checks on it. Every problem goes to `diagnostics`; the case
// is returned only when there is no error among them (warnings allowed).
std::optional<LoadedCase> load_checked_case(const std::filesystem::path& path,
                                            const CaseSchema& schema,
                                            const legal::CheckContext& context,
                                            Diagnostics& diagnostics);

}  // namespace amparo::pipeline

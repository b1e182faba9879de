// A case loaded, validated and legally checked: what validate reports and build starts from.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "casefile/case_loader.hpp"
#include "legal/legal_checks.hpp"

namespace amparo::pipeline {

struct CheckedCase {
    LoadedCase loaded;
    std::map<std::string, int> exhibit_pages;      // exhibit id -> pages of its file
    std::map<std::string, int> translation_pages;  // exhibit id -> pages of its translation's
};

// Loads the case, opens its exhibit files and runs the legal checks. Every problem goes to
// `diagnostics`; the case is returned only when there is no error among them (warnings allowed).
std::optional<CheckedCase> load_checked_case(const std::filesystem::path& path,
                                             const CaseSchema& schema,
                                             const legal::CheckContext& context,
                                             Diagnostics& diagnostics);

}  // namespace amparo::pipeline

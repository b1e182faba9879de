// Loading one case file: bytes -> YAML -> JSON -> schema -> cross-reference checks -> typed view.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "casefile/case_schema.hpp"
#include "casefile/case_view.hpp"
#include "casefile/diagnostic.hpp"
#include "casefile/source_position.hpp"

namespace amparo {

struct LoadedCase {
    std::filesystem::path file;    // the case file
    std::filesystem::path folder;  // its folder: exhibit paths are relative to it
    std::string display_name;      // how diagnostics name the file
    nlohmann::json data;           // the validated case
    PositionTable positions;       // JSON pointer -> place in the file
    CaseView view;                 // the same case, typed (built from `data` once)
};

// Loads and checks a case. Every problem found goes to `diagnostics` (all of them, in one pass);
// returns the case only when there is no error (warnings allowed).
std::optional<LoadedCase> load_case(const std::filesystem::path& path, const CaseSchema& schema,
                                    Diagnostics& diagnostics);

}  // namespace amparo

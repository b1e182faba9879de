// Checks across the case that a schema cannot express: ids are unique, every id referred to is
// defined, and exhibit files exist inside the case's folder.
#pragma once

#include <filesystem>
#include <string>

#include "casefile/diagnostic.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo {

// Ids defined twice, and references to ids that no entry defines (with the nearest defined id).
Diagnostics check_references(const JsonWithPositions& document, const std::string& file);

// Every exhibit `file:` (and translation file) must be a relative path that stays inside
// `case_folder` once symlinks are resolved, and must name an existing regular file.
Diagnostics check_exhibit_files(const JsonWithPositions& document, const std::string& file,
                                const std::filesystem::path& case_folder);

}  // namespace amparo

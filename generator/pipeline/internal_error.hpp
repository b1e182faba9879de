// A stage that throws is amparo's bug, not the user's: the case is reported and the batch goes on.
#pragma once

#include <filesystem>
#include <string>

#include "casefile/diagnostic.hpp"

namespace amparo::pipeline {

// The diagnostic for a case whose handling threw `what`.
Diagnostic internal_error(const std::filesystem::path& case_file, const std::string& what);

}  // namespace amparo::pipeline

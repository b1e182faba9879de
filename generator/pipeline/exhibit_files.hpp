// Each exhibit file of a case opened once, in validate and build alike.
#pragma once

#include <map>
#include <string>

#include "casefile/case_loader.hpp"

namespace amparo::pipeline {

// Exhibit id -> page count, for the exhibits that have a file. An exhibit whose file cannot be
// used (damaged, not a PDF, password-protected, no pages) is an error at its `file:` line.
std::map<std::string, int> read_exhibit_files(const LoadedCase& loaded, Diagnostics& problems);

}  // namespace amparo::pipeline

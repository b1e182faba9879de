// Each exhibit file of a case opened once, in validate and build alike.
#pragma once

#include <map>
#include <string>

#include "casefile/case_loader.hpp"

namespace amparo::pipeline {

struct ExhibitFilePages {
    std::map<std::string, int> exhibits;      // exhibit id -> pages of its `file`
    std::map<std::string, int> translations;  // exhibit id -> pages of its `translation.file`
};

// The page counts of the exhibits' files and their translations' files. A file that cannot be
// used (damaged, not a PDF, password-protected, no pages) is an error at its `file:` line.
ExhibitFilePages read_exhibit_files(const LoadedCase& loaded, Diagnostics& problems);

}  // namespace amparo::pipeline

// Diagnostics as GitHub Actions workflow commands (`::error file=F,line=L,col=C::message`), which
// the runner turns into annotations on the file's line in the pull request.
#pragma once

#include <string>

#include "casefile/diagnostic.hpp"

namespace amparo::cli {

// One workflow command line (no newline at the end). Hints follow the message on a second line
// of the annotation; a file given as an absolute path below `workspace` (the checkout, e.g.
// $GITHUB_WORKSPACE or the working folder) is written relative to it, as annotations need.
std::string github_annotation(const Diagnostic& diagnostic, const std::string& workspace);

}  // namespace amparo::cli

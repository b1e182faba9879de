// The exception's text is shown for the bug report; exceptions of amparo's libraries name types
// and limits, never a case's facts.
#include "pipeline/internal_error.hpp"

namespace amparo::pipeline {

Diagnostic internal_error(const std::filesystem::path& case_file, const std::string& what) {
    return {case_file.string(),
            0,
            0,
            Severity::Error,
            "",
            "amparo failed on this case (internal error: " + what + "); nothing was written for it",
            "the other cases went on; please report this error message (not the case file)"};
}

}  // namespace amparo::pipeline

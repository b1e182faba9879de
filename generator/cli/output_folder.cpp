// Refusing an output folder up front (exit 2) beats failing once per case.
#include "cli/output_folder.hpp"

#include <filesystem>
#include <set>

namespace amparo::cli {

std::optional<std::string> output_folder_problem(const std::string& out) {
    namespace fs = std::filesystem;
    if (out.empty()) return "-o needs a folder: the cases' documents are written below it";
    std::error_code error;
    const fs::path path(out);
    if (fs::exists(path, error) && !fs::is_directory(path, error))
        return "-o " + out + ": is a file, not a folder; name a folder (one subfolder per case)";
    // `-o brief.pdf` would make a folder named like a document.
    static const std::set<std::string> document_extensions = {".pdf", ".docx", ".md", ".json"};
    if (!fs::exists(path, error) && document_extensions.count(path.extension().string()))
        return "-o " + out + ": names a file, but -o takes a folder (one subfolder per case)";
    return std::nullopt;
}

}  // namespace amparo::cli

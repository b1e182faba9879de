// The -o OUT argument of build, checked before any case is read.
#pragma once

#include <optional>
#include <string>

namespace amparo::cli {

// Why `out` cannot be the output folder (empty, an existing file, a document's file name), or
// nullopt when it can.
std::optional<std::string> output_folder_problem(const std::string& out);

}  // namespace amparo::cli

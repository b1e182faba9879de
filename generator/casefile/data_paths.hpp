// Where amparo finds its data (schemas/, templates/) when no option names another folder.
#pragma once

#include <filesystem>

namespace amparo {

// In order: $AMPARO_DATA_DIR; the folder above the binary when it holds schemas/ (a build tree
// or an unpacked release); the source folder the binary was configured from.
std::filesystem::path default_data_dir();

std::filesystem::path case_schema_path(const std::filesystem::path& data_dir);

}  // namespace amparo

// Data folder discovery.
#include "casefile/data_paths.hpp"

#include <cstdlib>
#include <system_error>

#ifndef AMPARO_DATA_DIR
#error "AMPARO_DATA_DIR must be defined by the build"
#endif

namespace amparo {

std::filesystem::path case_schema_path(const std::filesystem::path& data_dir) {
    return data_dir / "schemas" / "case.schema.json";
}

std::filesystem::path default_data_dir() {
    if (const char* env = std::getenv("AMPARO_DATA_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    std::error_code error;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        auto above = exe.parent_path().parent_path();
        if (std::filesystem::exists(case_schema_path(above), error)) return above;
    }
    return AMPARO_DATA_DIR;
}

}  // namespace amparo

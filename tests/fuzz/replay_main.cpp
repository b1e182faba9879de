// Runs a fuzz target over every file of the folders it is given, without libFuzzer: how ctest
// replays the seed corpus and the regression inputs in every build (qpdf's habit), gcc included.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "support/test_paths.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// The inputs of one folder in name order, so a failure names the same input on every machine.
// Hidden files (.gitkeep) are not inputs.
std::vector<std::filesystem::path> inputs_of(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " FOLDER...  (runs the fuzz target on each file)\n";
        return 2;
    }
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path folder = argv[i];
        // A missing folder is a broken test set-up, not an empty one: never pass silently.
        if (!std::filesystem::is_directory(folder)) {
            std::cerr << folder.string() << ": no such folder\n";
            return 1;
        }
        for (const auto& file : inputs_of(folder)) {
            // Named before it runs, so the input that crashes is the last line of the output.
            std::cout << file.string() << std::endl;
            const std::string bytes = amparo::testing::read_file(file);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                   bytes.size());
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::cerr << "no inputs to replay\n";
        return 1;
    }
    std::cout << replayed << " inputs replayed\n";
    return 0;
}

// Test paths from the environment ctest sets, and scratch folders.
#include "support/test_paths.hpp"

#include <unistd.h>
#include <atomic>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace amparo::testing {

std::filesystem::path source_dir() { return AMPARO_TEST_SOURCE_DIR; }

std::filesystem::path amparo_binary() { return AMPARO_TEST_BINARY; }

namespace {

// Scratch folders are removed when the test binary exits, so test runs do not fill /tmp.
class ScratchFolders {
  public:
    ~ScratchFolders() {
        std::error_code ignored;
        for (const auto& dir : dirs_) std::filesystem::remove_all(dir, ignored);
    }
    void add(const std::filesystem::path& dir) {
        std::lock_guard<std::mutex> lock(mutex_);
        dirs_.push_back(dir);
    }

  private:
    std::mutex mutex_;
    std::vector<std::filesystem::path> dirs_;
};

}  // namespace

std::filesystem::path make_scratch_dir(const std::string& label) {
    static ScratchFolders folders;
    static std::atomic<int> counter{0};
    auto dir = std::filesystem::temp_directory_path() /
               ("amparo-test-" + label + "-" + std::to_string(::getpid()) + "-" +
                std::to_string(counter++));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    folders.add(dir);
    return dir;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void write_file(const std::filesystem::path& path, const std::string& content) {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    out << content;
}

}  // namespace amparo::testing

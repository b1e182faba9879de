// mkstemp + write + fsync + rename: rename within one folder is atomic on POSIX file systems.
#include "pipeline/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <vector>

#include "pipeline/write_all.hpp"

namespace amparo::pipeline {

std::optional<std::string> write_file_atomically(const std::filesystem::path& target,
                                                 std::string_view content) {
    std::error_code error;
    const auto folder = target.has_parent_path() ? target.parent_path() : ".";
    std::filesystem::create_directories(folder, error);
    if (error) return "cannot create " + folder.string() + ": " + error.message();

    std::string pattern = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0)
        return "cannot create a temporary file in " + folder.string() + ": " + std::strerror(errno);
    const std::string temp(name.data());

    auto fail = [&](const std::string& what) -> std::optional<std::string> {
        int saved = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        return what + " " + target.string() + ": " + std::strerror(saved);
    };
    if (!write_all(fd, content)) return fail("cannot write");
    // mkstemp creates the file 0600 (owner only), which a new case file keeps: it will hold an
    // asylum record (8 C.F.R. 208.6).
    if (::fsync(fd) != 0) return fail("cannot flush");
    if (::close(fd) != 0) {
        ::unlink(temp.c_str());
        return "cannot close " + target.string() + ": " + std::strerror(errno);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        int saved = errno;
        ::unlink(temp.c_str());
        return "cannot rename into " + target.string() + ": " + std::strerror(saved);
    }
    return std::nullopt;
}

}  // namespace amparo::pipeline

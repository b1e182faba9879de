// Staging folder + renameat2(RENAME_EXCHANGE): the swap of the old and new case folders is one
// atomic step, so no moment exists where a reader (or a crash) sees half of a build.
#include "pipeline/case_folder.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "pipeline/write_all.hpp"

namespace amparo::pipeline {

namespace fs = std::filesystem;

namespace {

std::string system_error(const std::string& what, const fs::path& path) {
    return what + " " + path.string() + ": " + std::strerror(errno);
}

// Flushes everything written on the file system of `folder` (the staged files and the folder),
// once for a group of cases (CommitQueue) instead of an fsync per file.
std::optional<std::string> flush(const fs::path& folder) {
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return system_error("cannot open", folder);
    int result = ::syncfs(fd);
    int saved = errno;
    ::close(fd);
    errno = saved;
    if (result != 0) return system_error("cannot flush", folder);
    return std::nullopt;
}

// Makes the rename itself durable.
void flush_folder_entry(const fs::path& folder) {
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Creates missing parents too (`-o drafts/2026-12` in a fresh checkout), each with the same
// owner-only mode, since they will hold case folders.
std::optional<std::string> make_folder(const fs::path& folder, mode_t mode) {
    int made = ::mkdir(folder.c_str(), mode);
    if (made != 0 && errno == ENOENT && folder.has_relative_path() &&
        folder.parent_path() != folder && !folder.parent_path().empty()) {
        if (auto problem = make_folder(folder.parent_path(), mode)) return problem;
        made = ::mkdir(folder.c_str(), mode);
    }
    if (made != 0) {
        if (errno != EEXIST) return system_error("cannot create", folder);
        struct stat info {};
        if (::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
            return folder.string() + " exists and is not a folder";
        return std::nullopt;  // the user's folder: its mode is theirs
    }
    if (::chmod(folder.c_str(), mode) != 0)
        return system_error("cannot set permissions of", folder);
    return std::nullopt;
}

// Hidden folders are named ".<case-id>.amparo-<host>-<pid>-XXXXXX": the owner's host and
// process tell a folder a killed build left from one a running build is filling.
constexpr std::string_view kStagingMark = ".amparo-";

std::string owner_tag() {
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
    return std::string(host) + "-" + std::to_string(::getpid());
}

std::string staging_prefix(const std::string& case_id) {
    return "." + case_id + std::string(kStagingMark);
}

// Makes a hidden folder ".<case-id>.amparo-<host>-<pid>-XXXXXX" in `out_dir`.
std::optional<fs::path> make_hidden_folder(const fs::path& out_dir, const std::string& case_id) {
    std::string pattern = (out_dir / (staging_prefix(case_id) + owner_tag() + "-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (::mkdtemp(name.data()) == nullptr) return std::nullopt;
    return fs::path(name.data());
}

// True when `name` is a hidden folder of a process of this host that no longer runs.
bool abandoned_here(const std::string& name, const std::string& host) {
    auto mark = name.find(std::string(kStagingMark) + host + "-");
    if (name.empty() || name[0] != '.' || mark == std::string::npos) return false;
    std::size_t digits = mark + kStagingMark.size() + host.size() + 1;
    std::size_t end = name.find('-', digits);
    if (end == std::string::npos || end == digits) return false;
    const std::string pid_text = name.substr(digits, end - digits);
    if (pid_text.find_first_not_of("0123456789") != std::string::npos) return false;
    const auto pid = static_cast<pid_t>(std::stol(pid_text));
    return ::kill(pid, 0) != 0 && errno == ESRCH;
}

}  // namespace

void remove_abandoned_staging(const fs::path& out_dir) {
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) return;
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator(out_dir, ignored)) {
        if (abandoned_here(entry.path().filename().string(), host))
            fs::remove_all(entry.path(), ignored);
    }
}

CaseFolder::CaseFolder(fs::path staging, fs::path final_path, OutputPermissions permissions)
    : staging_(std::move(staging)), final_(std::move(final_path)), permissions_(permissions) {}

CaseFolder::CaseFolder(CaseFolder&& other) noexcept
    : staging_(std::move(other.staging_)),
      final_(std::move(other.final_)),
      permissions_(other.permissions_) {
    other.staging_.clear();
}

CaseFolder::~CaseFolder() {
    if (staging_.empty()) return;
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
}

std::optional<CaseFolder> CaseFolder::open(const fs::path& out_dir, const std::string& case_id,
                                           const OutputPermissions& permissions,
                                           std::string& error) {
    if (auto problem = make_folder(out_dir, permissions.folder)) {
        error = *problem;
        return std::nullopt;
    }
    fs::path final_path = out_dir / case_id;
    struct stat info {};
    if (::lstat(final_path.c_str(), &info) == 0) {
        if (S_ISLNK(info.st_mode)) {
            error = final_path.string() +
                    " is a symbolic link; amparo never writes through a link (remove it, or "
                    "choose another output folder)";
            return std::nullopt;
        }
        if (!S_ISDIR(info.st_mode)) {
            error = final_path.string() + " exists and is not a folder";
            return std::nullopt;
        }
    }
    // What a killed build of this case left behind: its staging folder, or the previous build's
    // folder it had swapped out but not yet removed.
    const std::string prefix = staging_prefix(case_id);
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator(out_dir, ignored)) {
        if (entry.path().filename().string().rfind(prefix, 0) == 0)
            fs::remove_all(entry.path(), ignored);
    }
    auto staging = make_hidden_folder(out_dir, case_id);
    if (!staging) {
        error = system_error("cannot create a folder in", out_dir);
        return std::nullopt;
    }
    if (::chmod(staging->c_str(), permissions.folder) != 0) {
        error = system_error("cannot set permissions of", *staging);
        fs::remove_all(*staging, ignored);
        return std::nullopt;
    }
    return CaseFolder(*staging, final_path, permissions);
}

std::optional<std::string> CaseFolder::write(const std::string& file_name, std::string_view bytes) {
    const fs::path target = staging_ / file_name;
    int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                    permissions_.file);
    if (fd < 0) return system_error("cannot create", final_ / file_name);
    auto fail = [&](const std::string& what) {
        std::string message = system_error(what, final_ / file_name);
        ::close(fd);
        return message;
    };
    // The umask may have narrowed the mode, and the group option must hold whatever the umask.
    if (::fchmod(fd, permissions_.file) != 0) return fail("cannot set permissions of");
    if (!write_all(fd, bytes)) return fail("cannot write");
    if (::close(fd) != 0) return system_error("cannot write", final_ / file_name);
    return std::nullopt;
}

std::optional<std::string> CaseFolder::flush_file_system() { return flush(staging_); }

void CaseFolder::flush_output_folder() { flush_folder_entry(final_.parent_path()); }

std::optional<std::string> CaseFolder::put_in_place() {
    const fs::path out_dir = final_.parent_path();
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, final_.c_str(), RENAME_NOREPLACE) == 0) {
        staging_.clear();
        return std::nullopt;
    }
    if (errno != EEXIST && errno != ENOTEMPTY && errno != EINVAL)
        return system_error("cannot move the new build into", final_);
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, final_.c_str(), RENAME_EXCHANGE) != 0) {
        if (errno != EINVAL && errno != ENOSYS)
            return system_error("cannot move the new build into", final_);
        // A file system without the atomic exchange: move the old folder aside first. A crash
        // between the two renames leaves no case folder, never a mixed one.
        struct stat info {};
        if (::lstat(final_.c_str(), &info) != 0 && errno == ENOENT) {
            if (::rename(staging_.c_str(), final_.c_str()) != 0)
                return system_error("cannot move the new build into", final_);
            staging_.clear();
            return std::nullopt;
        }
        auto aside = make_hidden_folder(out_dir, final_.filename());
        if (!aside) return system_error("cannot create a folder in", out_dir);
        if (::rename(final_.c_str(), aside->c_str()) != 0)
            return system_error("cannot move the previous build aside from", final_);
        if (::rename(staging_.c_str(), final_.c_str()) != 0) {
            std::string message = system_error("cannot move the new build into", final_);
            ::rename(aside->c_str(), final_.c_str());  // put the previous build back
            return message;
        }
        staging_ = *aside;
    }
    // staging_ now names the previous build's folder: remove it.
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
    staging_.clear();
    return std::nullopt;
}

}  // namespace amparo::pipeline

// Writing a whole buffer to a file descriptor: write(2) may write less than asked, or be
// interrupted by a signal (the build's SIGINT handler) before writing anything.
#pragma once

#include <unistd.h>
#include <cerrno>
#include <string_view>

namespace amparo::pipeline {

// True when every byte was written; false with errno set otherwise.
inline bool write_all(int fd, std::string_view bytes) {
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    return true;
}

}  // namespace amparo::pipeline

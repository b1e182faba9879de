// pack_zip: libzip writing into a memory buffer, each entry's time set explicitly.
#include "docx/zip_package.hpp"

#include <chrono>
#include <memory>
#include <stdexcept>

#include <zip.h>

namespace amparo::docx::detail {
namespace {

struct ZipSourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using ZipSource = std::unique_ptr<zip_source_t, ZipSourceFree>;

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    throw std::runtime_error("libzip: " + what + ": " + zip_error_strerror(error));
}

// Reads the finished archive back out of the buffer source it was written into.
std::string read_all(zip_source_t* source) {
    if (zip_source_open(source) < 0) fail("reopen archive", zip_source_error(source));
    std::string bytes;
    char chunk[65536];
    zip_int64_t count = 0;
    while ((count = zip_source_read(source, chunk, sizeof chunk)) > 0) {
        bytes.append(chunk, static_cast<std::size_t>(count));
    }
    const bool failed = count < 0;
    zip_source_close(source);
    if (failed) fail("read archive", zip_source_error(source));
    return bytes;
}

}  // namespace

DosTime dos_time_utc(std::optional<std::int64_t> seconds_since_epoch) {
    using namespace std::chrono;
    DosTime result;
    if (!seconds_since_epoch) return result;
    const sys_seconds instant{seconds{*seconds_since_epoch}};
    const auto day = floor<days>(instant);
    const year_month_day date{day};
    const int year = static_cast<int>(date.year());
    if (year < 1980 || year > 2107) return result;  // outside what DOS dates can hold
    const hh_mm_ss clock{instant - day};
    result.date = static_cast<std::uint16_t>(((year - 1980) << 9) |
                                             (static_cast<unsigned>(date.month()) << 5) |
                                             static_cast<unsigned>(date.day()));
    result.time =
        static_cast<std::uint16_t>((clock.hours().count() << 11) | (clock.minutes().count() << 5) |
                                   (clock.seconds().count() / 2));
    return result;
}

// Parts smaller than this are stored rather than deflated.
constexpr std::size_t kStoredBelow = 2048;

std::string pack_zip(const std::vector<PackagePart>& parts, DosTime entry_time) {
    zip_error_t error;
    zip_error_init(&error);
    ZipSource buffer{zip_source_buffer_create(nullptr, 0, 0, &error)};
    if (!buffer) fail("create buffer", &error);
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (archive == nullptr) fail("open archive", &error);
    // The archive takes over the buffer on success; keep it alive to read the result back.
    zip_source_keep(buffer.get());

    for (const PackagePart& part : parts) {
        zip_source_t* data =
            zip_source_buffer(archive, part.content.data(), part.content.size(), 0);
        if (data == nullptr) {
            zip_discard(archive);
            fail("add " + part.name, zip_get_error(archive));
        }
        const zip_int64_t index = zip_file_add(archive, part.name.c_str(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            std::string message = zip_strerror(archive);
            zip_discard(archive);
            throw std::runtime_error("libzip: add " + part.name + ": " + message);
        }
        const auto entry = static_cast<zip_uint64_t>(index);
        // Level 1, as the PDF streams: on 40 synthetic cases it wrote the DOCX files in 15% less
        // CPU than level 9 for files 11% larger (a 30 KB brief gains 3 KB). The small parts
        // (relationships, properties, settings) are stored: zlib sets up about 256 KB of state
        // for each compressed entry, more work than the few hundred bytes it would save.
        const bool small = part.content.size() < kStoredBelow;
        if (zip_set_file_compression(archive, entry, small ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                     small ? 0 : 1) < 0 ||
            zip_file_set_dostime(archive, entry, entry_time.time, entry_time.date, 0) < 0) {
            std::string message = zip_strerror(archive);
            zip_discard(archive);
            throw std::runtime_error("libzip: set up " + part.name + ": " + message);
        }
    }
    if (zip_close(archive) < 0) {
        std::string message = zip_strerror(archive);
        zip_discard(archive);
        throw std::runtime_error("libzip: write archive: " + message);
    }
    return read_all(buffer.get());
}

}  // namespace amparo::docx::detail

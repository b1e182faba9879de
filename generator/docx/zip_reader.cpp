// read_zip: libzip opening a file read-only and copying each entry out.
#include "docx/zip_reader.hpp"

#include <memory>

#include <zip.h>

namespace amparo::docx::detail {
namespace {

struct ZipClose {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileClose {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::string open_error(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return message;
}

}  // namespace

ZipEntries read_zip(const std::filesystem::path& path, std::uint64_t max_total_bytes) {
    ZipEntries result;
    int code = 0;
    std::unique_ptr<zip_t, ZipClose> archive{zip_open(path.c_str(), ZIP_RDONLY, &code)};
    if (!archive) {
        result.error =
            code == ZIP_ER_NOZIP ? "not a zip archive, so not a .docx" : open_error(code);
        return result;
    }
    std::uint64_t total = 0;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), index, 0, &stat) < 0) {
            result.error = zip_strerror(archive.get());
            return result;
        }
        total += stat.size;
        if (total > max_total_bytes) {
            result.error =
                "larger than " + std::to_string(max_total_bytes >> 20) + " MB uncompressed";
            return result;
        }
        std::unique_ptr<zip_file_t, ZipFileClose> file{zip_fopen_index(archive.get(), index, 0)};
        if (!file) {
            result.error = std::string(stat.name) + ": " + zip_strerror(archive.get());
            return result;
        }
        std::string bytes(stat.size, '\0');
        const zip_int64_t read = zip_fread(file.get(), bytes.data(), stat.size);
        if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
            result.error = std::string(stat.name) + ": damaged entry";
            return result;
        }
        result.entries.emplace(stat.name, std::move(bytes));
    }
    return result;
}

}  // namespace amparo::docx::detail

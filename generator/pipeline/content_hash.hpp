// SHA-256 of the inputs a build reads: incremental builds compare contents, never dates.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

class QPDFCryptoImpl;

namespace amparo::pipeline {

// Feeds named pieces into one SHA-256 (qpdf's crypto provider: no further dependency). Each
// piece goes in with its length, so ("ab", "c") and ("a", "bc") hash differently.
class ContentHash {
  public:
    ContentHash();
    ~ContentHash();
    ContentHash(const ContentHash&) = delete;
    ContentHash& operator=(const ContentHash&) = delete;

    void add(std::string_view piece);
    // Adds the file's bytes; false (and nothing added) when it cannot be read.
    bool add_file(const std::filesystem::path& file);
    // The digest as 64 lowercase hex digits; the hash cannot be fed afterwards.
    std::string hex();

  private:
    std::shared_ptr<QPDFCryptoImpl> impl_;
};

// The SHA-256 of a file's bytes, or nullopt when it cannot be read.
std::optional<std::string> file_sha256(const std::filesystem::path& file);

}  // namespace amparo::pipeline

// SHA-256 through qpdf's crypto provider (GnuTLS in Debian's build), read in chunks so that a
// large exhibit is never held whole.
#include "pipeline/content_hash.hpp"

#include <qpdf/QPDFCryptoImpl.hh>
#include <qpdf/QPDFCryptoProvider.hh>

#include <array>
#include <fstream>

namespace amparo::pipeline {

namespace {

void feed(QPDFCryptoImpl& impl, std::string_view bytes) {
    impl.SHA2_update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

}  // namespace

ContentHash::ContentHash() : impl_(QPDFCryptoProvider::getImpl()) { impl_->SHA2_init(256); }

ContentHash::~ContentHash() = default;

void ContentHash::add(std::string_view piece) {
    feed(*impl_, std::to_string(piece.size()) + ":");
    feed(*impl_, piece);
}

bool ContentHash::add_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (!in || error) return false;
    feed(*impl_, std::to_string(size) + ":");
    std::array<char, 1 << 16> chunk{};
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
        feed(*impl_, std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())));
    }
    return !in.bad();
}

std::string ContentHash::hex() {
    impl_->SHA2_finalize();
    const std::string digest = impl_->SHA2_digest();
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    for (unsigned char byte : digest) {
        text.push_back(kDigits[byte >> 4]);
        text.push_back(kDigits[byte & 0x0f]);
    }
    return text;
}

std::optional<std::string> file_sha256(const std::filesystem::path& file) {
    ContentHash hash;
    if (!hash.add_file(file)) return std::nullopt;
    return hash.hex();
}

}  // namespace amparo::pipeline

// MD5 through qpdf's crypto provider (the digest qpdf itself uses for /ID), fed with each input
// in a length-prefixed form so that no two different input lists can run together.
#include "packet/packet_identity.hpp"

#include <qpdf/QPDFCryptoProvider.hh>

#include <algorithm>
#include <fstream>

namespace amparo::packet {

namespace {

constexpr std::streamoff kSample = 16 * 1024;

class Digest {
  public:
    Digest() : md5_(QPDFCryptoProvider::getImpl()) { md5_->MD5_init(); }

    void add(const std::string& bytes) {
        std::string length = std::to_string(bytes.size()) + ":";
        update(length);
        update(bytes);
    }

    std::string finish() {
        md5_->MD5_finalize();
        QPDFCryptoImpl::MD5_Digest digest;
        md5_->MD5_digest(digest);
        return std::string(reinterpret_cast<const char*>(digest), sizeof digest);
    }

  private:
    void update(const std::string& bytes) {
        md5_->MD5_update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    }

    std::shared_ptr<QPDFCryptoImpl> md5_;
};

// The file's size and its first and last kSample bytes (all of it when it is small).
void add_file(Digest& digest, const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    digest.add(file.empty() ? "" : std::to_string(size));
    if (size <= 0) return;
    auto read_at = [&](std::streamoff at, std::streamoff count) {
        std::string bytes(static_cast<std::size_t>(count), '\0');
        in.clear();
        in.seekg(at);
        in.read(bytes.data(), count);
        bytes.resize(static_cast<std::size_t>(in.gcount()));
        digest.add(bytes);
    };
    read_at(0, std::min(size, kSample));
    if (size > kSample)
        read_at(std::max(kSample, size - kSample), std::min(size - kSample, kSample));
}

}  // namespace

std::string packet_identity(const PacketInputs& inputs) {
    Digest digest;
    for (const auto* own : {&inputs.front_matter_pdf, &inputs.tab_pages_pdf,
                            &inputs.certificates_pdf, &inputs.closing_pdf}) {
        digest.add(*own);
    }
    digest.add(inputs.stamp.bates_prefix);
    digest.add(std::string(inputs.stamp.exhibit_page_labels ? "labels" : "") +
               (inputs.fit_to_letter ? "fit" : ""));
    digest.add(std::to_string(inputs.map.front_pages) + " " +
               std::to_string(inputs.map.closing_pages));
    for (std::size_t e = 0; e < inputs.map.exhibits.size(); ++e) {
        const auto& exhibit = inputs.map.exhibits[e].exhibit;
        digest.add(exhibit.id);
        digest.add(exhibit.tab);
        digest.add(exhibit.title);
        digest.add(std::to_string(exhibit.pages) + " " + std::to_string(exhibit.translation_pages) +
                   " " + std::to_string(exhibit.certificate_pages));
        if (e < inputs.exhibit_files.size()) add_file(digest, inputs.exhibit_files[e]);
        if (e < inputs.translation_files.size()) add_file(digest, inputs.translation_files[e]);
    }
    return digest.finish();
}

}  // namespace amparo::packet

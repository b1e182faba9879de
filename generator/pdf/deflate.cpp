#include "pdf/deflate.hpp"

#include <podofo/podofo.h>
#include <zlib.h>

#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace amparo::pdf::detail {

namespace {

// zlib gives the same bytes for the same input and level, so a remembered result is the result.
std::string deflate_remembered(std::string_view data) {
    // Bounded: a batch of unusual documents must not grow the process without end.
    constexpr std::size_t kMaxRemembered = 16u << 20;
    static std::mutex mutex;
    static std::unordered_map<std::string, std::string> remembered;
    static std::size_t remembered_bytes = 0;
    {
        std::lock_guard lock(mutex);
        auto found = remembered.find(std::string(data));
        if (found != remembered.end()) return found->second;
    }
    std::string packed = deflate(data);
    std::lock_guard lock(mutex);
    if (remembered_bytes + data.size() + packed.size() > kMaxRemembered) {
        remembered.clear();
        remembered_bytes = 0;
    }
    if (remembered.emplace(std::string(data), packed).second)
        remembered_bytes += data.size() + packed.size();
    return packed;
}

}  // namespace

std::string deflate(std::string_view data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string out(size, '\0');
    int status = compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                           reinterpret_cast<const Bytef*>(data.data()),
                           static_cast<uLong>(data.size()), Z_BEST_SPEED);
    if (status != Z_OK) throw std::runtime_error("zlib could not compress a stream");
    out.resize(size);
    return out;
}

void set_deflated_stream(PoDoFo::PdfObject* object, std::string_view data, bool recurring) {
    using namespace PoDoFo;
    const std::string packed = recurring ? deflate_remembered(data) : deflate(data);
    PdfMemoryInputStream input(packed.data(), static_cast<pdf_long>(packed.size()));
    // Raw data: PoDoFo would otherwise deflate it again, at its slower default level.
    object->GetStream()->SetRawData(&input, static_cast<pdf_long>(packed.size()));
    object->GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
}

}  // namespace amparo::pdf::detail

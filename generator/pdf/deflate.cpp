#include "pdf/deflate.hpp"

#include <podofo/podofo.h>
#include <zlib.h>

#include <algorithm>
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
    // zlib's default state (a 32 KB window, a 32 K-entry hash) is allocated and cleared for
    // every stream, about 256 KB: most of a content stream's cost when the stream is a few KB.
    // A window no larger than the data finds the same matches, and a hash table in proportion
    // to it costs little in size (streams stay within 1% here) and much less to set up.
    int window_bits = 9;  // zlib's smallest window
    while (window_bits < 15 && (std::size_t{1} << window_bits) < data.size()) ++window_bits;
    const int memory_level = std::max(1, window_bits - 7);
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, window_bits, memory_level,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
        throw std::runtime_error("zlib could not start a stream");
    }
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = ::deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END) throw std::runtime_error("zlib could not compress a stream");
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

#include "pdf/deflate.hpp"

#include <podofo/podofo.h>
#include <zlib.h>

#include <stdexcept>

namespace amparo::pdf::detail {

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

void set_deflated_stream(PoDoFo::PdfObject* object, std::string_view data) {
    using namespace PoDoFo;
    const std::string packed = deflate(data);
    PdfMemoryInputStream input(packed.data(), static_cast<pdf_long>(packed.size()));
    // Raw data: PoDoFo would otherwise deflate it again, at its slower default level.
    object->GetStream()->SetRawData(&input, static_cast<pdf_long>(packed.size()));
    object->GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
}

}  // namespace amparo::pdf::detail

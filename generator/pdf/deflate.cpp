#include "pdf/deflate.hpp"

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

}  // namespace amparo::pdf::detail

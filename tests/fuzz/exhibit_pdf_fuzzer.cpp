// Fuzz target: an exhibit PDF from the outside world, read for its page count through qpdf.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "packet/exhibit_pdf.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string error;
    amparo::packet::read_exhibit_pdf_bytes(
        std::string_view(reinterpret_cast<const char*>(data), size), error);
    return 0;
}

// PoDoFo reads the page tree; a damaged file is an error, not a crash.
#include "pdf/page_count.hpp"

#include <podofo/podofo.h>

namespace amparo::pdf {

std::optional<int> count_pdf_pages(const std::filesystem::path& file, std::string& error) {
    // PoDoFo prints each trailer it parses unless told not to; library code must stay quiet.
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    try {
        PoDoFo::PdfMemDocument document;
        document.Load(file.c_str());
        return document.GetPageCount();
    } catch (const PoDoFo::PdfError& e) {
        error = std::string("not a readable PDF (") + PoDoFo::PdfError::ErrorMessage(e.GetError()) +
                ")";
        return std::nullopt;
    }
}

}  // namespace amparo::pdf

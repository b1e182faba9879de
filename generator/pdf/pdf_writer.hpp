// The PDF writer: the document model laid out by amparo's own engine; PoDoFo holds the object
// model (pages, outlines, links, information) and writes the file.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "casefile/diagnostic.hpp"
#include "document/model.hpp"
#include "pdf/font_set.hpp"
#include "profile/court_profile.hpp"

namespace amparo::pdf {

struct PdfStats {
    int pages = 0;
    std::map<std::string, int> heading_pages;  // anchor -> page number
};

struct PdfResult {
    std::string bytes;  // empty on failure
    PdfStats stats;
    Diagnostics diagnostics;
};

// Same document, profile, fonts and time: same bytes. `creation_epoch` (SOURCE_DATE_EPOCH) is
// the creation and modification date written into the document information.
PdfResult write_pdf(const document::Document& document, const profile::CourtProfile& profile,
                    const FontSet& fonts, std::int64_t creation_epoch);

}  // namespace amparo::pdf

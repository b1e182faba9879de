// Links inside an exhibit: which page a link opens, and, once the exhibit's pages are copied into
// the packet (or the packet's into a part), pointing each kept link at the copy of its page.
#pragma once

#include <cstddef>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>

namespace amparo::packet {

// The page object `link` opens in its own file: through /Dest or a GoTo action, an explicit
// destination or a named one (resolved through `outlines`, the file's). Null when it opens no
// page there (a web address, another file, a script, a name the file does not define).
QPDFObjectHandle link_target(QPDFOutlineDocumentHelper& outlines, QPDFObjectHandle link);

// After pages [from_first, from_first + count) of `from` were copied into `to` as its pages from
// `to_first` on: qpdf replaces a reference to a page not yet copied by null, so each link of
// those pages that opens one of them is made to open its copy, as `[page /Fit]` (the copy may
// have been scaled to fit, so the source's coordinates no longer hold).
void repoint_links(QPDF& to, std::size_t to_first, QPDF& from, std::size_t from_first,
                   std::size_t count);

}  // namespace amparo::packet

// The packet's bookmarks: one per exhibit, pointing at its tab page, in packet order.
#pragma once

#include <vector>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include "packet/page_map.hpp"

namespace amparo::packet {

// Replaces `pdf`'s outline with "Exhibit C: title" entries, the i-th pointing at tab_pages[i].
void add_exhibit_outline(QPDF& pdf, const std::vector<ExhibitPlacement>& exhibits,
                         const std::vector<QPDFObjectHandle>& tab_pages);

}  // namespace amparo::packet

// Forms and annotations of an exhibit, settled before its pages join the packet: a filing
// carries no active content, so form fields and markup with an appearance are drawn into the
// page, and links out of the exhibit and whatever cannot be drawn are removed, each with a note.
// Comments (with their popups) and links to the exhibit's own pages stay annotations: once the
// pages are copied, repoint_links (exhibit_links.hpp) makes those links open the packet's pages.
#pragma once

#include <string>

#include <qpdf/QPDF.hh>

#include "casefile/diagnostic.hpp"

namespace amparo::packet {

// `id` names the exhibit in the notes (their `path`); `what` is "exhibit C" or "the
// translation of exhibit C".
void settle_annotations(QPDF& pdf, const std::string& id, const std::string& what,
                        Diagnostics& problems);

}  // namespace amparo::packet

// Forms and annotations of an exhibit, settled before its pages join the packet: a filing
// carries no active content, so what has an appearance is drawn into the page and the rest is
// removed, with a note saying what was done.
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

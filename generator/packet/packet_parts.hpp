// Forum size limits: a packet too large for one upload is split into numbered parts between
// exhibits (never inside one), each part a complete PDF with the bookmarks of its exhibits; the
// pages keep the numbers stamped on the whole packet, so numbering runs on across the parts.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <qpdf/QPDF.hh>

#include "casefile/diagnostic.hpp"
#include "packet/assemble_packet.hpp"
#include "packet/page_map.hpp"

namespace amparo::packet {

// `pdf` written with a deterministic /ID and object streams, at least at `min_version`.
std::string write_deterministic(QPDF& pdf, const std::string& min_version);

// Parts of at most `max_bytes` each. The first part holds the front matter. An exhibit larger
// than the limit on its own gets a part of its own and a warning.
std::vector<PacketPart> split_packet(QPDF& whole, const PageMap& map, std::size_t max_bytes,
                                     const std::string& min_version, Diagnostics& problems);

}  // namespace amparo::packet

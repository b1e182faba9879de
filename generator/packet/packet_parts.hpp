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
#include "packet/packet_outline.hpp"
#include "packet/page_map.hpp"

namespace amparo::packet {

// `pdf` written without object streams, at least at `min_version`, with a deterministic /ID: a
// digest of the whole output, or, when `identity` is given (packet_identity.hpp), its first word
// is `identity` (the second is qpdf's fixed one), which spares hashing a large output.
std::string write_deterministic(QPDF& pdf, const std::string& min_version,
                                const std::string& identity = "");

// Parts of at most `max_bytes` each. The first part holds the front matter, the last the closing
// pages. An exhibit larger than the limit on its own gets a part of its own and a warning.
// `outline` holds one bookmark per exhibit, in map order.
// `identity` as for write_deterministic; each part's adds its page range.
std::vector<PacketPart> split_packet(QPDF& whole, const PageMap& map,
                                     const std::vector<Bookmark>& outline, std::size_t max_bytes,
                                     const std::string& min_version, const std::string& identity,
                                     Diagnostics& problems);

}  // namespace amparo::packet

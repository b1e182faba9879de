// The final check of a written packet part, re-opened from its bytes as a reader would: page
// count, every page's stamp and that it lies inside the visible page, the bookmarks' targets,
// no encryption, size within the limit.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "packet/assemble_packet.hpp"
#include "packet/page_map.hpp"

namespace amparo::packet {

struct PartCheck {
    bool ok = true;
    int pages = 0;
    int stamped_pages = 0;
    int bookmarks = 0;
    bool encrypted = false;
    std::size_t bytes = 0;
    std::vector<std::string> problems;  // what failed, in words; empty when ok
};

// `max_bytes` 0: no size limit. Never throws.
PartCheck check_packet_part(const PacketPart& part, const PageMap& map, const StampOptions& stamp,
                            std::size_t max_bytes);

}  // namespace amparo::packet

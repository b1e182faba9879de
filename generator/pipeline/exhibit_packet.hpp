// The case's exhibit packet: which exhibits go in, the front matter and tab pages laid out by
// amparo's PDF writer, the one page map, and the assembly by packet/ with problems pointed at
// the exhibit's line in the case file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "casefile/case_loader.hpp"
#include "packet/assemble_packet.hpp"
#include "packet/page_map.hpp"
#include "pdf/font_set.hpp"

namespace amparo::pipeline {

struct ExhibitPacketPlan {
    packet::PageMap map;
    std::string front_matter_pdf;
    std::string tab_pages_pdf;
    std::vector<std::filesystem::path> files;  // one per map.exhibits entry
    packet::StampOptions stamp;
    std::size_t max_part_bytes = 0;  // the forum's largest file; 0: one file whatever its size
};

// The exhibits that have a file, in index order, with the tabs the index gives them.
std::vector<packet::PacketExhibit> packet_exhibits(const LoadedCase& loaded,
                                                   const std::map<std::string, int>& exhibit_pages);

// Lays out the cover and index until their page count is stable (the index prints ranges that
// depend on it), and the tab pages. Nullopt when the case has no exhibit file, or with an error
// in `problems` when the front matter cannot be laid out.
std::optional<ExhibitPacketPlan> plan_exhibit_packet(
    const LoadedCase& loaded, const std::map<std::string, int>& exhibit_pages,
    const pdf::FontSet& fonts, std::int64_t creation_epoch, Diagnostics& problems);

// Exhibit id -> "14–15": what the template context shows and cites.
std::map<std::string, std::string> packet_page_texts(const packet::PageMap& map);

// Assembles the packet; problems name the exhibit's `file:` line in the case file.
packet::PacketResult assemble_exhibit_packet(const ExhibitPacketPlan& plan,
                                             const LoadedCase& loaded, Diagnostics& problems);

}  // namespace amparo::pipeline

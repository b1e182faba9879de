// The case's exhibit packet: which exhibits go in, amparo's own pages laid out by its PDF
// writer, the one page map, and the assembly by packet/ with problems pointed at the exhibit's
// line in the case file.
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
#include "pipeline/checked_case.hpp"

namespace amparo::pipeline {

struct ExhibitPacketPlan {
    packet::PageMap map;
    std::string front_matter_pdf;
    std::string tab_pages_pdf;
    std::string certificates_pdf;                          // the translators' certificates
    std::string closing_pdf;                               // the certificate of service
    std::vector<std::filesystem::path> files;              // one per map.exhibits entry
    std::vector<std::filesystem::path> translation_files;  // the same, empty path: none
    packet::StampOptions stamp;
    bool fit_to_letter = false;      // the forum wants letter paper: larger pages are shrunk
    std::size_t max_part_bytes = 0;  // the forum's largest file; 0: one file whatever its size
};

// The exhibits that have a file, in index order, with the tabs the index gives them; one with
// a translation file also has the translation's pages and a page for the translator's
// certificate.
std::vector<packet::PacketExhibit> packet_exhibits(const CheckedCase& checked);

// Lays out the cover and index until their page count is stable (the index prints ranges that
// depend on it), the tab pages, the translators' certificates and the certificate of service.
// Nullopt when the case has no exhibit file, or with an error in `problems` when these pages
// cannot be laid out.
std::optional<ExhibitPacketPlan> plan_exhibit_packet(const CheckedCase& checked,
                                                     const pdf::FontSet& fonts,
                                                     std::int64_t creation_epoch,
                                                     Diagnostics& problems);

// Exhibit id -> "14–15": what the template context shows and cites.
std::map<std::string, std::string> packet_page_texts(const packet::PageMap& map);

// Assembles the packet; problems name the exhibit's `file:` line in the case file.
packet::PacketResult assemble_exhibit_packet(const ExhibitPacketPlan& plan,
                                             const LoadedCase& loaded, Diagnostics& problems);

}  // namespace amparo::pipeline

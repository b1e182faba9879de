// Assembling the exhibit packet: front matter, then per exhibit its tab page and its own pages,
// every page stamped with its packet number, one bookmark per exhibit, written by qpdf with
// deterministic bytes. The page map it follows is computed beforehand (page_map.hpp), so what
// the index and the brief cite is what this stamps.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "casefile/diagnostic.hpp"
#include "packet/page_map.hpp"

namespace amparo::packet {

struct StampOptions {
    std::string bates_prefix;          // "DOE" -> "DOE-000014"; empty -> "Page 14"
    bool exhibit_page_labels = false;  // also "Exhibit C, page 3 of 7" on evidence pages
};

struct PacketInputs {
    PageMap map;
    std::string front_matter_pdf;  // exactly map.front_pages pages (cover and index)
    std::string tab_pages_pdf;     // one page per exhibit, in map order
    std::vector<std::filesystem::path> exhibit_files;  // one per map.exhibits entry, same order
    // Empty, or one per exhibit: the file of its English translation (an empty path when it has
    // none: translation_pages 0).
    std::vector<std::filesystem::path> translation_files;
    // The translators' certificates, in map order: each exhibit's certificate_pages pages.
    std::string certificates_pdf;
    std::string closing_pdf;  // exactly map.closing_pages pages (the certificate of service)
    StampOptions stamp;
    // Pages larger than US Letter are shrunk onto letter pages when the forum asks for letter
    // paper; otherwise every page keeps its size and odd sizes are reported.
    bool fit_to_letter = false;
    // Largest size of one file (0: no limit). A larger packet is split into parts between
    // exhibits; numbering runs on across the parts.
    std::size_t max_part_bytes = 0;
};

struct PacketPart {
    std::string bytes;
    int first_page = 0;  // packet page numbers it holds
    int last_page = 0;
    std::vector<std::string> exhibit_ids;
};

struct PacketResult {
    std::vector<PacketPart> parts;  // empty when an error stopped the assembly
    // Problems found in exhibit files: `path` holds the exhibit id (the caller knows its line).
    Diagnostics diagnostics;
};

// The text stamped on packet page `page` ("Page 14" or "DOE-000014").
std::string page_stamp_text(const StampOptions& options, int page);

// Never throws; an unreadable input becomes an error diagnostic and no parts.
PacketResult assemble_packet(const PacketInputs& inputs);

}  // namespace amparo::packet

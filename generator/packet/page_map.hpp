// The one page map of an exhibit packet: where each exhibit's tab page and pages fall. The stamps,
// the bookmarks, the index's ranges and every "Ex. C at 14-15" citation read this one map, so
// they cannot drift apart.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace amparo::packet {

// One exhibit as it goes into the packet, in packet order.
struct PacketExhibit {
    std::string id;
    std::string tab;    // "C"
    std::string title;  // shown on the tab page and in the bookmark
    int pages = 0;      // pages of its own file (the tab page not counted)
};

// Where one exhibit lies in the packet (1-based packet page numbers).
struct ExhibitPlacement {
    PacketExhibit exhibit;
    int tab_page = 0;
    int first_page = 0;  // first page of the exhibit's own file
    int last_page = 0;
};

struct PageMap {
    int front_pages = 0;  // cover and index, before the first tab page
    int total_pages = 0;
    std::vector<ExhibitPlacement> exhibits;  // packet order

    const ExhibitPlacement* find(const std::string& id) const;
};

// Front matter first, then per exhibit its tab page followed by its pages.
PageMap compute_page_map(int front_pages, const std::vector<PacketExhibit>& exhibits);

// "14" or "14–15" (en dash): how an index and a citation show an exhibit's pages.
std::string page_range_text(const ExhibitPlacement& placement);

}  // namespace amparo::packet

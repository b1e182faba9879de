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
    // A foreign-language document is followed under the same tab by its English translation
    // and the translator's certificate (8 C.F.R. § 1003.33).
    int translation_pages = 0;
    int certificate_pages = 0;

    int all_pages() const { return pages + translation_pages + certificate_pages; }
};

// Where one exhibit lies in the packet (1-based packet page numbers).
struct ExhibitPlacement {
    PacketExhibit exhibit;
    int tab_page = 0;
    int first_page = 0;  // first page of the exhibit's own file
    int last_page = 0;   // its last page under the tab (the translator's certificate, if any)
};

struct PageMap {
    int front_pages = 0;    // cover and index, before the first tab page
    int closing_pages = 0;  // the certificate of service, after the last exhibit
    int total_pages = 0;
    std::vector<ExhibitPlacement> exhibits;  // packet order

    const ExhibitPlacement* find(const std::string& id) const;
};

// Front matter first, then per exhibit its tab page followed by its pages, then the closing pages.
PageMap compute_page_map(int front_pages, const std::vector<PacketExhibit>& exhibits,
                         int closing_pages = 0);

// "14" or "14–15" (en dash): how an index and a citation show an exhibit's pages.
std::string page_range_text(const ExhibitPlacement& placement);

}  // namespace amparo::packet

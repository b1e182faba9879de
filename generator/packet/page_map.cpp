// Page arithmetic of the packet, kept apart from qpdf so it can be checked on its own.
#include "packet/page_map.hpp"

namespace amparo::packet {

const ExhibitPlacement* PageMap::find(const std::string& id) const {
    for (const auto& placement : exhibits) {
        if (placement.exhibit.id == id) return &placement;
    }
    return nullptr;
}

PageMap compute_page_map(int front_pages, const std::vector<PacketExhibit>& exhibits,
                         int closing_pages) {
    PageMap map;
    map.front_pages = front_pages;
    map.closing_pages = closing_pages;
    int next = front_pages + 1;
    for (const auto& exhibit : exhibits) {
        ExhibitPlacement placement{exhibit, next, next + 1, next + exhibit.all_pages()};
        next += 1 + exhibit.all_pages();
        map.exhibits.push_back(placement);
    }
    map.total_pages = next - 1 + closing_pages;
    return map;
}

std::string page_range_text(const ExhibitPlacement& placement) {
    if (placement.first_page >= placement.last_page) return std::to_string(placement.first_page);
    return std::to_string(placement.first_page) + "\u2013" + std::to_string(placement.last_page);
}

}  // namespace amparo::packet

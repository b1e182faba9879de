// Each exhibit is measured once on its own, parts are packed greedily from those sizes, and
// each part is then written and measured for real (dropping its last exhibit if the estimate
// was short), so the work stays linear in the number of exhibits.
#include "packet/packet_parts.hpp"

#include <qpdf/Pl_String.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "packet/packet_outline.hpp"

namespace amparo::packet {

namespace {

// Exhibits [first, last] of `map` (and the front matter when first == 0) as one PDF.
PacketPart make_part(const std::vector<QPDFPageObjectHelper>& pages, const PageMap& map,
                     std::size_t first, std::size_t last, const std::string& min_version) {
    QPDF part;
    part.emptyPDF();
    QPDFPageDocumentHelper target(part);
    int first_page = first == 0 ? 1 : map.exhibits[first].tab_page;
    int last_page = map.exhibits[last].last_page;
    for (int page = first_page; page <= last_page; ++page) {
        target.addPage(pages[static_cast<std::size_t>(page - 1)], false);
    }
    auto copied = target.getAllPages();
    std::vector<ExhibitPlacement> placements;
    std::vector<QPDFObjectHandle> tabs;
    PacketPart out;
    for (std::size_t e = first; e <= last; ++e) {
        placements.push_back(map.exhibits[e]);
        tabs.push_back(copied[static_cast<std::size_t>(map.exhibits[e].tab_page - first_page)]
                           .getObjectHandle());
        out.exhibit_ids.push_back(map.exhibits[e].exhibit.id);
    }
    add_exhibit_outline(part, placements, tabs);
    out.first_page = first_page;
    out.last_page = last_page;
    out.bytes = write_deterministic(part, min_version);
    return out;
}

}  // namespace

std::string write_deterministic(QPDF& pdf, const std::string& min_version) {
    std::string bytes;
    // Straight into the string: a buffer and a copy of it would double the packet in memory.
    Pl_String output("packet", nullptr, bytes);
    QPDFWriter writer(pdf);
    writer.setOutputPipeline(&output);
    // The /ID comes from the content, so the same inputs give the same bytes.
    writer.setDeterministicID(true);
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setMinimumPDFVersion(min_version);
    writer.write();
    return bytes;
}

std::vector<PacketPart> split_packet(QPDF& whole, const PageMap& map, std::size_t max_bytes,
                                     const std::string& min_version, Diagnostics& problems) {
    std::vector<PacketPart> parts;
    if (map.exhibits.empty()) return parts;
    auto pages = QPDFPageDocumentHelper(whole).getAllPages();
    std::vector<std::size_t> estimate;
    for (std::size_t e = 0; e < map.exhibits.size(); ++e) {
        estimate.push_back(make_part(pages, map, e, e, min_version).bytes.size());
    }
    std::size_t first = 0;
    while (first < map.exhibits.size()) {
        std::size_t last = first;
        std::size_t total = estimate[first];
        while (last + 1 < map.exhibits.size() && total + estimate[last + 1] <= max_bytes) {
            total += estimate[++last];
        }
        PacketPart part = make_part(pages, map, first, last, min_version);
        while (part.bytes.size() > max_bytes && last > first) {
            part = make_part(pages, map, first, --last, min_version);
        }
        if (part.bytes.size() > max_bytes) {
            problems.push_back({"", 0, 0, Severity::Warning, map.exhibits[first].exhibit.id,
                                "exhibit " + map.exhibits[first].exhibit.id +
                                    " alone makes a file of " +
                                    std::to_string(part.bytes.size() / 1000000 + 1) +
                                    " MB, over the forum's limit of " +
                                    std::to_string(max_bytes / 1000000) + " MB per file",
                                "split the exhibit into two, or rescan it at a lower resolution"});
        }
        parts.push_back(std::move(part));
        first = last + 1;
    }
    return parts;
}

}  // namespace amparo::packet

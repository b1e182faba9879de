// Each exhibit is measured once on its own, parts are packed greedily from those sizes, and
// each part is then written and measured for real (dropping its last exhibit if the estimate
// was short), so the work stays linear in the number of exhibits.
#include "packet/packet_parts.hpp"

#include <qpdf/Pl_String.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "packet/exhibit_links.hpp"

namespace amparo::packet {

namespace {

// A file size as a user reads it: "740 KB", "1.3 MB", "25 MB" (decimal units, as the forums
// state their limits), rounded up so that a size over a limit never reads as the limit.
std::string size_text(std::size_t bytes) {
    if (bytes < 1000000) return std::to_string((bytes + 999) / 1000) + " KB";
    const std::size_t tenths = (bytes + 99999) / 100000;
    return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") +
           " MB";
}

// Exhibits [first, last] of `map` as one PDF, with the front matter when first is the first
// exhibit and the closing pages when last is the last.
PacketPart make_part(QPDF& whole, const PageMap& map, const std::vector<Bookmark>& outline,
                     std::size_t first, std::size_t last, const std::string& min_version,
                     const std::string& identity) {
    QPDF part;
    part.emptyPDF();
    QPDFPageDocumentHelper target(part);
    int first_page = first == 0 ? 1 : map.exhibits[first].tab_page;
    int last_page =
        last + 1 == map.exhibits.size() ? map.total_pages : map.exhibits[last].last_page;
    const auto& pages = whole.getAllPages();
    for (int page = first_page; page <= last_page; ++page) {
        target.addPage(QPDFPageObjectHelper(pages[static_cast<std::size_t>(page - 1)]), false);
    }
    // Links never leave their exhibit, and a part holds its exhibits whole.
    repoint_links(part, 0, whole, static_cast<std::size_t>(first_page - 1),
                  static_cast<std::size_t>(last_page - first_page + 1));
    PacketPart out;
    for (std::size_t e = first; e <= last; ++e)
        out.exhibit_ids.push_back(map.exhibits[e].exhibit.id);
    add_packet_outline(
        part,
        std::vector<Bookmark>(outline.begin() + static_cast<std::ptrdiff_t>(first),
                              outline.begin() + static_cast<std::ptrdiff_t>(last) + 1),
        first_page);
    out.first_page = first_page;
    out.last_page = last_page;
    out.bytes = write_deterministic(
        part, min_version,
        identity + " part " + std::to_string(first_page) + "-" + std::to_string(last_page));
    return out;
}

}  // namespace

std::string write_deterministic(QPDF& pdf, const std::string& min_version,
                                const std::string& identity) {
    std::string bytes;
    // Straight into the string: a buffer and a copy of it would double the packet in memory.
    Pl_String output("packet", nullptr, bytes);
    QPDFWriter writer(pdf);
    writer.setOutputPipeline(&output);
    if (identity.empty()) {
        // The /ID comes from the content, so the same inputs give the same bytes.
        writer.setDeterministicID(true);
    } else {
        // qpdf keeps the first word of an /ID the document already has and, with a static ID,
        // writes a fixed second word: together deterministic, without a digest of the output.
        auto id = QPDFObjectHandle::newString(identity);
        pdf.getTrailer().replaceKey("/ID", QPDFObjectHandle::newArray({id, id}));
        writer.setStaticID(true);
    }
    // No object streams: they saved 1.4% of a scanned packet's size and cost a fifth of the
    // time to write it and read it back for the final check (bench/packet_bench.cpp).
    writer.setObjectStreamMode(qpdf_o_disable);
    // Streams are copied as they are: the exhibits' come compressed as their makers chose, and
    // compressing amparo's small stamp streams cost a compressor each (and the final check a
    // decompressor each) to save a few dozen bytes per page.
    writer.setCompressStreams(false);
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setMinimumPDFVersion(min_version);
    writer.write();
    return bytes;
}

std::vector<PacketPart> split_packet(QPDF& whole, const PageMap& map,
                                     const std::vector<Bookmark>& outline, std::size_t max_bytes,
                                     const std::string& min_version, const std::string& identity,
                                     Diagnostics& problems) {
    std::vector<PacketPart> parts;
    if (map.exhibits.empty()) return parts;
    std::vector<std::size_t> estimate;
    for (std::size_t e = 0; e < map.exhibits.size(); ++e) {
        estimate.push_back(
            make_part(whole, map, outline, e, e, min_version, identity).bytes.size());
    }
    std::size_t first = 0;
    while (first < map.exhibits.size()) {
        std::size_t last = first;
        std::size_t total = estimate[first];
        while (last + 1 < map.exhibits.size() && total + estimate[last + 1] <= max_bytes) {
            total += estimate[++last];
        }
        PacketPart part = make_part(whole, map, outline, first, last, min_version, identity);
        while (part.bytes.size() > max_bytes && last > first) {
            part = make_part(whole, map, outline, first, --last, min_version, identity);
        }
        if (part.bytes.size() > max_bytes) {
            problems.push_back({"", 0, 0, Severity::Warning, map.exhibits[first].exhibit.id,
                                "exhibit " + map.exhibits[first].exhibit.id +
                                    " alone makes a file of " + size_text(part.bytes.size()) +
                                    ", over the forum's limit of " + size_text(max_bytes) +
                                    " per file",
                                "split the exhibit into two, or rescan it at a lower resolution"});
        }
        parts.push_back(std::move(part));
        first = last + 1;
    }
    return parts;
}

}  // namespace amparo::packet

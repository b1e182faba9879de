// The packet's bookmarks: one per exhibit, pointing at its tab page, in packet order, with the
// exhibit's own bookmarks (and its translation and translator's certificate) nested under it.
#pragma once

#include <string>
#include <vector>

#include <qpdf/QPDF.hh>

namespace amparo::packet {

// One bookmark. Pages are packet page numbers, so the same tree serves the whole packet and
// each of its parts.
struct Bookmark {
    std::string title;  // UTF-8
    int page = 0;       // 0: it opens no page of the packet (kept as a heading of its children)
    std::vector<Bookmark> children;
};

// The outline of `source`, whose page i became packet page `first_page + i`. Entries whose target
// is not one of its pages (a web link, a script) keep their title and open nothing.
std::vector<Bookmark> source_bookmarks(QPDF& source, int first_page);

// Replaces `pdf`'s outline with `bookmarks`; `pdf`'s page i is packet page `first_page + i`.
// A target outside `pdf` opens nothing.
void add_packet_outline(QPDF& pdf, const std::vector<Bookmark>& bookmarks, int first_page);

}  // namespace amparo::packet

// Built by hand from the outline dictionaries (PDF 32000 12.3.3): qpdf's outline helper reads
// outlines (resolving named destinations and GoTo actions) but does not create them.
#include "packet/packet_outline.hpp"

#include <map>

#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace amparo::packet {

namespace {

// Deeper or larger outlines than this are hostile or broken; what lies beyond is left out.
constexpr int kDeepest = 16;
constexpr int kMostEntries = 10000;

std::vector<Bookmark> read_level(std::vector<QPDFOutlineObjectHelper> items,
                                 const std::map<QPDFObjGen, int>& page_of, int depth, int& budget) {
    std::vector<Bookmark> out;
    if (depth > kDeepest) return out;
    for (auto& item : items) {
        if (--budget < 0) break;
        Bookmark bookmark;
        bookmark.title = item.getTitle();
        auto target = item.getDestPage();
        if (auto found = page_of.find(target.getObjGen());
            target.isDictionary() && found != page_of.end()) {
            bookmark.page = found->second;
        }
        bookmark.children = read_level(item.getKids(), page_of, depth + 1, budget);
        out.push_back(std::move(bookmark));
    }
    return out;
}

// Writes `bookmarks` as the children of `parent`; returns how many entries are visible open.
int write_level(QPDF& pdf, QPDFObjectHandle parent, const std::vector<Bookmark>& bookmarks,
                const std::vector<QPDFPageObjectHelper>& pages, int first_page) {
    std::vector<QPDFObjectHandle> items;
    int visible = 0;
    for (const auto& bookmark : bookmarks) {
        auto item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        // A Unicode string, so titles in any script show in the reader's bookmark panel.
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(bookmark.title));
        item.replaceKey("/Parent", parent);
        int index = bookmark.page - first_page;
        if (bookmark.page > 0 && index >= 0 && index < static_cast<int>(pages.size())) {
            auto destination = QPDFObjectHandle::newArray();
            destination.appendItem(pages[static_cast<std::size_t>(index)].getObjectHandle());
            destination.appendItem(QPDFObjectHandle::newName("/Fit"));
            item.replaceKey("/Dest", destination);
        }
        if (!items.empty()) {
            item.replaceKey("/Prev", items.back());
            items.back().replaceKey("/Next", item);
        }
        int below = write_level(pdf, item, bookmark.children, pages, first_page);
        // Exhibits open on their own entries only: a long exhibit outline stays folded.
        if (below > 0) item.replaceKey("/Count", QPDFObjectHandle::newInteger(-below));
        items.push_back(item);
        ++visible;
    }
    if (!items.empty()) {
        parent.replaceKey("/First", items.front());
        parent.replaceKey("/Last", items.back());
    }
    return visible;
}

}  // namespace

std::vector<Bookmark> source_bookmarks(QPDF& source, int first_page) {
    std::map<QPDFObjGen, int> page_of;
    int number = first_page;
    for (auto& page : QPDFPageDocumentHelper(source).getAllPages()) {
        page_of.emplace(page.getObjectHandle().getObjGen(), number++);
    }
    int budget = kMostEntries;
    try {
        return read_level(QPDFOutlineDocumentHelper(source).getTopLevelOutlines(), page_of, 0,
                          budget);
    } catch (const std::exception&) {
        return {};  // an outline qpdf cannot follow is left out: the pages are what counts
    }
}

void add_packet_outline(QPDF& pdf, const std::vector<Bookmark>& bookmarks, int first_page) {
    auto root = pdf.getRoot();
    if (bookmarks.empty()) {
        root.removeKey("/Outlines");
        return;
    }
    auto outlines = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    int visible = write_level(pdf, outlines, bookmarks, pages, first_page);
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(visible));
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

}  // namespace amparo::packet

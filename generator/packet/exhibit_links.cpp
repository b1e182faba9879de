// Destinations as PDF 32000 12.3.2 and 12.6.4.2 write them: an array whose first item is the
// page, or a name or string looked up in the document's destinations.
#include "packet/exhibit_links.hpp"

#include <map>

namespace amparo::packet {

namespace {

// What the link says it opens, before any name is looked up.
QPDFObjectHandle written_destination(QPDFObjectHandle link) {
    if (link.hasKey("/Dest")) return link.getKey("/Dest");
    auto action = link.getKey("/A");
    if (action.isDictionary() && action.getKey("/S").isNameAndEquals("/GoTo")) {
        return action.getKey("/D");
    }
    return QPDFObjectHandle::newNull();
}

}  // namespace

QPDFObjectHandle link_target(QPDFOutlineDocumentHelper& outlines, QPDFObjectHandle link) {
    try {
        auto destination = written_destination(link);
        if (destination.isName() || destination.isString()) {
            destination = outlines.resolveNamedDest(destination);
        }
        if (destination.isArray() && destination.getArrayNItems() > 0) {
            return destination.getArrayItem(0);
        }
    } catch (const std::exception&) {
        // A damaged name tree: the link is treated as opening nothing, the pages still count.
    }
    return QPDFObjectHandle::newNull();
}

void repoint_links(QPDF& to, std::size_t to_first, QPDF& from, std::size_t from_first,
                   std::size_t count) {
    const auto& from_pages = from.getAllPages();
    const auto& to_pages = to.getAllPages();
    std::map<QPDFObjGen, std::size_t> index_of;
    for (std::size_t i = 0; i < count; ++i) {
        index_of.emplace(from_pages[from_first + i].getObjGen(), i);
    }
    QPDFOutlineDocumentHelper outlines(from);
    for (std::size_t i = 0; i < count; ++i) {
        QPDFObjectHandle page = from_pages[from_first + i], copy = to_pages[to_first + i];
        auto annots = page.getKey("/Annots");
        // The copy's array lists the copies in the same order (direct annotations included).
        auto copies = copy.getKey("/Annots");
        if (!annots.isArray() || !copies.isArray()) continue;
        for (int j = 0; j < annots.getArrayNItems() && j < copies.getArrayNItems(); ++j) {
            auto annotation = annots.getArrayItem(j);
            if (!annotation.isDictionary() ||
                !annotation.getKey("/Subtype").isNameAndEquals("/Link")) {
                continue;
            }
            auto found = index_of.find(link_target(outlines, annotation).getObjGen());
            if (found == index_of.end()) continue;
            auto link = copies.getArrayItem(j);
            link.removeKey("/A");
            link.replaceKey("/Dest",
                            QPDFObjectHandle::newArray({to_pages[to_first + found->second],
                                                        QPDFObjectHandle::newName("/Fit")}));
        }
    }
}

}  // namespace amparo::packet

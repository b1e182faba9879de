// Built by hand from the outline dictionaries (PDF 32000 12.3.3): qpdf's outline helper reads
// outlines but does not create them.
#include "packet/packet_outline.hpp"

namespace amparo::packet {

void add_exhibit_outline(QPDF& pdf, const std::vector<ExhibitPlacement>& exhibits,
                         const std::vector<QPDFObjectHandle>& tab_pages) {
    auto root = pdf.getRoot();
    if (tab_pages.empty()) {
        root.removeKey("/Outlines");
        return;
    }
    auto outlines = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    std::vector<QPDFObjectHandle> items;
    for (std::size_t i = 0; i < tab_pages.size() && i < exhibits.size(); ++i) {
        const auto& exhibit = exhibits[i].exhibit;
        auto item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        // A Unicode string, so titles in any script show in the reader's bookmark panel.
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString("Exhibit " + exhibit.tab +
                                                                     ": " + exhibit.title));
        item.replaceKey("/Parent", outlines);
        auto destination = QPDFObjectHandle::newArray();
        destination.appendItem(tab_pages[i]);
        destination.appendItem(QPDFObjectHandle::newName("/Fit"));
        item.replaceKey("/Dest", destination);
        if (!items.empty()) {
            item.replaceKey("/Prev", items.back());
            items.back().replaceKey("/Next", item);
        }
        items.push_back(item);
    }
    outlines.replaceKey("/First", items.front());
    outlines.replaceKey("/Last", items.back());
    outlines.replaceKey("/Count",
                        QPDFObjectHandle::newInteger(static_cast<long long>(items.size())));
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

}  // namespace amparo::packet

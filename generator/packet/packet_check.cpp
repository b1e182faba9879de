// Reads the part back with qpdf (not the objects the assembler still holds), so what is checked
// is what was written.
#include "packet/packet_check.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <map>

namespace amparo::packet {

namespace {

// The stamp's text as it stands in the content stream (a PDF literal string of ASCII).
bool page_has_stamp(QPDFPageObjectHelper& page, const std::string& text) {
    auto contents = page.getObjectHandle().getKey("/Contents");
    if (!contents.isArray() || contents.getArrayNItems() == 0) return false;
    auto last = contents.getArrayItem(contents.getArrayNItems() - 1);
    if (!last.isStream()) return false;
    auto data = last.getStreamData(qpdf_dl_generalized);
    std::string bytes(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    return bytes.find("(" + text + ")") != std::string::npos ||
           bytes.find(text + ")") != std::string::npos;
}

// The exhibit's own bookmarks (and its translation's) open pages of the exhibit, or nothing.
bool bookmarks_within(std::vector<QPDFOutlineObjectHelper> items,
                      const std::map<QPDFObjGen, int>& page_number,
                      const ExhibitPlacement& placement) {
    for (auto& item : items) {
        auto target = item.getDestPage();
        if (!target.isNull()) {
            auto found = page_number.find(target.getObjGen());
            if (found == page_number.end() || found->second < placement.first_page ||
                found->second > placement.last_page) {
                return false;
            }
        }
        if (!bookmarks_within(item.getKids(), page_number, placement)) return false;
    }
    return true;
}

}  // namespace

PartCheck check_packet_part(const PacketPart& part, const PageMap& map, const StampOptions& stamp,
                            std::size_t max_bytes) {
    PartCheck check;
    check.bytes = part.bytes.size();
    auto fail = [&](std::string problem) {
        check.ok = false;
        check.problems.push_back(std::move(problem));
    };
    // A part that is one exhibit, too large alone, was reported when the packet was split (the
    // exhibit must be split or rescanned); everywhere else the splitter is held to the limit.
    if (max_bytes > 0 && check.bytes > max_bytes && part.exhibit_ids.size() > 1) {
        fail("the file is " + std::to_string(check.bytes) + " bytes, over the limit of " +
             std::to_string(max_bytes));
    }
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("packet", part.bytes.data(), part.bytes.size());
        if (pdf.anyWarnings()) fail("qpdf reports problems reading the packet back");
        check.encrypted = pdf.isEncrypted();
        if (check.encrypted) fail("the packet is encrypted");
        auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
        check.pages = static_cast<int>(pages.size());
        if (check.pages != part.last_page - part.first_page + 1) {
            fail("it has " + std::to_string(check.pages) + " pages, not " +
                 std::to_string(part.last_page - part.first_page + 1));
        }
        std::map<QPDFObjGen, int> page_number;
        for (std::size_t i = 0; i < pages.size(); ++i) {
            int number = part.first_page + static_cast<int>(i);
            page_number[pages[i].getObjectHandle().getObjGen()] = number;
            if (page_has_stamp(pages[i], page_stamp_text(stamp, number))) {
                ++check.stamped_pages;
            } else {
                fail("page " + std::to_string(number) + " carries no stamp");
            }
        }
        QPDFOutlineDocumentHelper outlines(pdf);
        auto top = outlines.getTopLevelOutlines();
        check.bookmarks = static_cast<int>(top.size());
        if (top.size() != part.exhibit_ids.size()) fail("bookmarks do not match the exhibits");
        for (std::size_t i = 0; i < top.size() && i < part.exhibit_ids.size(); ++i) {
            const auto* placement = map.find(part.exhibit_ids[i]);
            auto target = top[i].getDestPage();
            auto found = page_number.find(target.getObjGen());
            if (!placement || found == page_number.end() || found->second != placement->tab_page) {
                fail("the bookmark of exhibit " + part.exhibit_ids[i] +
                     " does not point at its tab page");
                continue;
            }
            if (!bookmarks_within(top[i].getKids(), page_number, *placement)) {
                fail("a bookmark under exhibit " + part.exhibit_ids[i] +
                     " points outside the exhibit's pages");
            }
        }
    } catch (const std::exception& e) {
        fail(std::string("the packet cannot be read back: ") + e.what());
    }
    return check;
}

}  // namespace amparo::packet

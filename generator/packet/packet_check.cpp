// Reads the part back with qpdf (not the objects the assembler still holds), so what is checked
// is what was written.
#include "packet/packet_check.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <cstdio>
#include <map>
#include <string>

#include "packet/page_stamp.hpp"

namespace amparo::packet {

namespace {

// The page's last content stream, where the stamp is drawn; empty when there is none.
std::string last_content(QPDFPageObjectHelper& page) {
    auto contents = page.getObjectHandle().getKey("/Contents");
    if (!contents.isArray() || contents.getArrayNItems() == 0) return "";
    auto last = contents.getArrayItem(contents.getArrayNItems() - 1);
    if (!last.isStream()) return "";
    auto data = last.getStreamData(qpdf_dl_generalized);
    return std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
}

// The stamp's text as it stands in the content stream (a PDF literal string of ASCII).
bool has_stamp(const std::string& stream, const std::string& text) {
    return stream.find("(" + text + ")") != std::string::npos ||
           stream.find(text + ")") != std::string::npos;
}

// Whether the stamps (the page number, and an exhibit label when there is one), their white
// backing included, lie inside the visible page: each backing's corners mapped through its
// matrix (as stamp_page writes them: "q a b c d e f cm 1 g x y w h re f") must fall within the
// CropBox clipped to the MediaBox, or a reader cuts the stamp off. A page under an inch cannot
// hold a legible stamp at all; that was reported when it was stamped, and is not checked here.
bool stamps_inside(QPDFPageObjectHelper& page, const std::string& stream) {
    const PageBox box = visible_box(page);
    if (box.width() < 72 || box.height() < 72) return true;
    const double slack = 0.5;  // the numbers are written in hundredths
    int stamps = 0;
    for (auto cm = stream.find(" cm\n1 g "); cm != std::string::npos;
         cm = stream.find(" cm\n1 g ", cm + 1)) {
        const auto q = stream.rfind("q\n", cm);
        double a, b, c, d, e, f, x, y, w, h;
        if (q == std::string::npos ||
            std::sscanf(stream.c_str() + q + 2,
                        "%lf %lf %lf %lf %lf %lf cm\n1 g %lf %lf %lf %lf re", &a, &b, &c, &d, &e,
                        &f, &x, &y, &w, &h) != 10) {
            return false;
        }
        ++stamps;
        for (double px : {x, x + w}) {
            for (double py : {y, y + h}) {
                const double ux = a * px + c * py + e, uy = b * px + d * py + f;
                if (ux < box.llx - slack || ux > box.urx + slack || uy < box.lly - slack ||
                    uy > box.ury + slack) {
                    return false;
                }
            }
        }
    }
    return stamps > 0;
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
            const std::string stream = last_content(pages[i]);
            if (!has_stamp(stream, page_stamp_text(stamp, number))) {
                fail("page " + std::to_string(number) + " carries no stamp");
            } else if (!stamps_inside(pages[i], stream)) {
                fail("the stamp of page " + std::to_string(number) +
                     " is not inside the visible page");
            } else {
                ++check.stamped_pages;
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

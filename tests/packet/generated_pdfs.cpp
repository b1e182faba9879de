// Written with qpdf's library, so the fixtures are well-formed whatever amparo does.
#include "packet/generated_pdfs.hpp"

#include "packet/packet_parts.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace amparo::testing {

namespace {

// Adds a page per entry of `pages` to the empty `pdf`.
void add_pages(QPDF& pdf, const std::string& label, const std::vector<GeneratedPage>& pages) {
    auto font = pdf.makeIndirectObject(
        QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"));
    QPDFPageDocumentHelper helper(pdf);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const auto& page = pages[i];
        std::string text = label + " page " + std::to_string(i + 1);
        std::string content = "BT /F1 12 Tf " + std::to_string(page.llx + 40) + " " +
                              std::to_string(page.lly + page.height / 2) + " Td (" + text +
                              ") Tj ET\n";
        auto object = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        object.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
        object.replaceKey("/MediaBox",
                          QPDFObjectHandle::newFromRectangle(QPDFObjectHandle::Rectangle(
                              page.llx, page.lly, page.llx + page.width, page.lly + page.height)));
        if (page.rotate) object.replaceKey("/Rotate", QPDFObjectHandle::newInteger(page.rotate));
        auto resources = QPDFObjectHandle::newDictionary();
        auto fonts = QPDFObjectHandle::newDictionary();
        fonts.replaceKey("/F1", font);
        resources.replaceKey("/Font", fonts);
        object.replaceKey("/Resources", resources);
        object.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));
        helper.addPage(QPDFPageObjectHelper(object), false);
    }
}

QPDFObjectHandle annotation(QPDF& pdf, const std::string& dictionary) {
    return pdf.makeIndirectObject(QPDFObjectHandle::parse(dictionary));
}

}  // namespace

std::string generated_pdf(const std::string& label, const std::vector<GeneratedPage>& pages) {
    QPDF pdf;
    pdf.emptyPDF();
    add_pages(pdf, label, pages);
    return packet::write_deterministic(pdf, "1.4");
}

std::string linked_pdf(const std::string& label, const std::vector<GeneratedPage>& pages_made) {
    QPDF pdf;
    pdf.emptyPDF();
    add_pages(pdf, label, pages_made);
    auto pages = pdf.getAllPages();
    auto page_after = [&](std::size_t i, std::size_t steps) {
        return pages[(i + steps) % pages.size()];
    };
    auto names = QPDFObjectHandle::newArray();
    for (std::size_t i = 0; i < pages.size(); ++i) {
        names.appendItem(QPDFObjectHandle::newString("page" + std::to_string(i)));
        names.appendItem(QPDFObjectHandle::newArray({pages[i], QPDFObjectHandle::newName("/Fit")}));
    }
    auto tree = QPDFObjectHandle::newDictionary();
    tree.replaceKey("/Names", names);
    auto catalog_names = QPDFObjectHandle::newDictionary();
    catalog_names.replaceKey("/Dests", pdf.makeIndirectObject(tree));
    pdf.getRoot().replaceKey("/Names", catalog_names);
    const std::string rect = " /Rect [40 700 200 720] ";
    for (std::size_t i = 0; i < pages.size(); ++i) {
        auto explicit_link = annotation(pdf, "<< /Type /Annot /Subtype /Link" + rect + ">>");
        explicit_link.replaceKey(
            "/Dest",
            QPDFObjectHandle::newArray(
                {page_after(i, 1), QPDFObjectHandle::parse("/XYZ"), QPDFObjectHandle::newInteger(0),
                 QPDFObjectHandle::newInteger(792), QPDFObjectHandle::newInteger(0)}));
        auto go_to =
            annotation(pdf, "<< /Type /Annot /Subtype /Link" + rect + "/A << /S /GoTo >> >>");
        go_to.getKey("/A").replaceKey(
            "/D",
            QPDFObjectHandle::newArray({page_after(i, 2), QPDFObjectHandle::newName("/Fit")}));
        auto named = annotation(pdf, "<< /Type /Annot /Subtype /Link" + rect + "/Dest (page" +
                                         std::to_string((i + 3) % pages.size()) + ") >>");
        auto web = annotation(pdf, "<< /Type /Annot /Subtype /Link" + rect +
                                       "/A << /S /URI /URI (https://example.org/) >> >>");
        auto nowhere =
            annotation(pdf, "<< /Type /Annot /Subtype /Link" + rect + "/Dest (undefined) >>");
        auto comment =
            annotation(pdf, "<< /Type /Annot /Subtype /Text" + rect + "/Contents (A comment) >>");
        auto popup = annotation(pdf, "<< /Type /Annot /Subtype /Popup /Rect [300 600 500 700] >>");
        comment.replaceKey("/Popup", popup);
        popup.replaceKey("/Parent", comment);
        pages[i].replaceKey("/Annots", QPDFObjectHandle::newArray({explicit_link, go_to, named, web,
                                                                   nowhere, comment, popup}));
    }
    return packet::write_deterministic(pdf, "1.4");
}

std::string letter_pdf(const std::string& label, int count) {
    return generated_pdf(label, std::vector<GeneratedPage>(static_cast<std::size_t>(count)));
}

}  // namespace amparo::testing

// Written with qpdf's library, so the fixtures are well-formed whatever amparo does.
#include "packet/generated_pdfs.hpp"

#include "packet/packet_parts.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace amparo::testing {

std::string generated_pdf(const std::string& label, const std::vector<GeneratedPage>& pages) {
    QPDF pdf;
    pdf.emptyPDF();
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
    return packet::write_deterministic(pdf, "1.4");
}

std::string letter_pdf(const std::string& label, int count) {
    return generated_pdf(label, std::vector<GeneratedPage>(static_cast<std::size_t>(count)));
}

}  // namespace amparo::testing

// Writes footer parts (<w:ftr>).
#include "docx/header_footer.hpp"

#include "docx/fields.hpp"
#include "docx/runs.hpp"
#include "docx/xml_writer.hpp"
#include "profile/page_footer.hpp"

namespace amparo::docx::detail {
namespace {

void start_footer(XmlWriter& xml, const StyleIds& styles) {
    xml.start("w:ftr");
    xml.attribute("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    xml.attribute("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    xml.start("w:p");
    xml.start("w:pPr");
    xml.empty("w:pStyle", "w:val", styles(style::footer));
    xml.end();
}

}  // namespace

std::string page_number_footer_xml(const std::string& format, const StyleIds& styles) {
    XmlWriter xml;
    start_footer(xml, styles);
    // The profile was validated at load: an invalid format cannot reach here.
    for (const auto& part :
         profile::footer_parts(format).value_or(std::vector<profile::FooterPart>{})) {
        switch (part.kind) {
            case profile::FooterPart::Kind::Text:
                write_text_run(xml, part.text, {}, styles);
                break;
            case profile::FooterPart::Kind::Page:
                write_field(xml, " PAGE ", "1");
                break;
            case profile::FooterPart::Kind::Pages:
                write_field(xml, " NUMPAGES ", "1");
                break;
        }
    }
    return xml.finish();
}

std::string empty_footer_xml(const StyleIds& styles) {
    XmlWriter xml;
    start_footer(xml, styles);
    return xml.finish();
}

}  // namespace amparo::docx::detail

// Writes footer parts (<w:ftr>).
#include "docx/header_footer.hpp"

#include "docx/fields.hpp"
#include "docx/runs.hpp"
#include "docx/xml_writer.hpp"

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

std::string page_number_footer_xml(const StyleIds& styles) {
    XmlWriter xml;
    start_footer(xml, styles);
    write_text_run(xml, "Page ", {}, styles);
    write_field(xml, " PAGE ", "1");
    write_text_run(xml, " of ", {}, styles);
    write_field(xml, " NUMPAGES ", "1");
    return xml.finish();
}

std::string empty_footer_xml(const StyleIds& styles) {
    XmlWriter xml;
    start_footer(xml, styles);
    return xml.finish();
}

}  // namespace amparo::docx::detail

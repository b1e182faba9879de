// Writes <w:sectPr> with its children in the order the schema requires.
#include "docx/section.hpp"

namespace amparo::docx::detail {

void write_section_properties(XmlWriter& xml, const SectionProperties& section) {
    xml.start("w:sectPr");
    for (const HeaderFooterReference& reference : section.references) {
        xml.start(reference.is_header ? "w:headerReference" : "w:footerReference");
        xml.attribute("w:type", reference.type);
        xml.attribute("r:id", reference.relationship_id);
        xml.end();
    }
    const PageLayout& page = section.page;
    xml.start("w:pgSz");
    xml.attribute("w:w", page.width);
    xml.attribute("w:h", page.height);
    if (page.width > page.height) xml.attribute("w:orient", "landscape");
    xml.end();
    xml.start("w:pgMar");
    xml.attribute("w:top", page.margin_top);
    xml.attribute("w:right", page.margin_right);
    xml.attribute("w:bottom", page.margin_bottom);
    xml.attribute("w:left", page.margin_left);
    xml.attribute("w:header", page.header_distance);
    xml.attribute("w:footer", page.footer_distance);
    xml.attribute("w:gutter", 0);
    xml.end();
    if (section.title_page) xml.empty("w:titlePg");
    xml.end();
}

}  // namespace amparo::docx::detail

// Paragraph properties in the order the WordprocessingML schema requires (Word rejects others).
#include "docx/paragraph.hpp"

namespace amparo::docx::detail {
namespace {

const char* justification(document::Align align) {
    switch (align) {
        case document::Align::Center:
            return "center";
        case document::Align::Right:
            return "right";
        case document::Align::Justify:
            return "both";
        case document::Align::Left:
            break;
    }
    return nullptr;  // the style's own
}

void bottom_rule(XmlWriter& xml) {
    xml.start("w:pBdr");
    xml.start("w:bottom");
    xml.attribute("w:val", "single");
    xml.attribute("w:sz", 6);
    xml.attribute("w:space", 1);
    xml.attribute("w:color", "auto");
    xml.end();
    xml.end();
}

}  // namespace

void start_paragraph(XmlWriter& xml, const ParagraphProperties& properties,
                     const StyleIds& styles) {
    xml.start("w:p");
    xml.start("w:pPr");
    xml.empty("w:pStyle", "w:val", styles(properties.style));
    if (properties.page_break_before) xml.empty("w:pageBreakBefore");
    if (properties.num_id != 0) {
        xml.start("w:numPr");
        xml.empty("w:ilvl", "w:val", properties.num_level);
        xml.empty("w:numId", "w:val", properties.num_id);
        xml.end();
    }
    if (properties.rule_below) bottom_rule(xml);
    if (properties.space_before >= 0 || properties.space_after >= 0) {
        xml.start("w:spacing");
        if (properties.space_before >= 0) xml.attribute("w:before", properties.space_before);
        if (properties.space_after >= 0) xml.attribute("w:after", properties.space_after);
        xml.end();
    }
    const char* jc = justification(properties.align);
    const bool centred_or_right =
        properties.align == document::Align::Center || properties.align == document::Align::Right;
    if (properties.left_indent >= 0 || centred_or_right) {
        // A first-line indent would push centred text off centre.
        xml.start("w:ind");
        if (properties.left_indent >= 0) xml.attribute("w:left", properties.left_indent);
        xml.attribute("w:firstLine", 0);
        xml.end();
    }
    if (jc != nullptr) xml.empty("w:jc", "w:val", jc);
    xml.end();
}

}  // namespace amparo::docx::detail

// Writes settings.xml, children in the schema's order.
#include "docx/settings.hpp"

#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

std::string settings_xml(bool update_fields_on_open) {
    XmlWriter xml;
    xml.start("w:settings");
    xml.attribute("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    xml.empty("w:zoom", "w:percent", 100);
    xml.empty("w:defaultTabStop", "w:val", 720);
    xml.empty("w:characterSpacingControl", "w:val", "doNotCompress");
    if (update_fields_on_open) xml.empty("w:updateFields", "w:val", "true");
    xml.start("w:compat");
    // Word 2013+ layout rules rather than "compatibility mode".
    xml.start("w:compatSetting");
    xml.attribute("w:name", "compatibilityMode");
    xml.attribute("w:uri", "http://schemas.microsoft.com/office/word");
    xml.attribute("w:val", "15");
    xml.end();
    xml.end();
    return xml.finish();
}

}  // namespace amparo::docx::detail

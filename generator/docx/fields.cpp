// Complex field runs.
#include "docx/fields.hpp"

namespace amparo::docx::detail {

void field_char(XmlWriter& xml, const char* type, bool hidden) {
    xml.start("w:r");
    if (hidden) {
        xml.start("w:rPr");
        xml.empty("w:vanish");
        xml.end();
    }
    xml.empty("w:fldChar", "w:fldCharType", type);
    xml.end();
}

void field_begin(XmlWriter& xml, std::string_view instruction) {
    field_char(xml, "begin");
    xml.start("w:r");
    xml.start("w:instrText");
    xml.attribute("xml:space", "preserve");
    xml.text(instruction);
    xml.end();
    xml.end();
    field_char(xml, "separate");
}

void field_end(XmlWriter& xml) { field_char(xml, "end"); }

void write_field(XmlWriter& xml, std::string_view instruction, std::string_view cached_result) {
    field_begin(xml, instruction);
    xml.start("w:r");
    xml.start("w:t");
    xml.text(cached_result);
    xml.end();
    xml.end();
    field_end(xml);
}

std::string escape_field_argument(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        if (c == '"' || c == '\\') escaped += '\\';
        escaped += c;
    }
    return escaped;
}

}  // namespace amparo::docx::detail

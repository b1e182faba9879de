// Complex field runs.
#include "docx/fields.hpp"

namespace amparo::docx::detail {
namespace {

void field_char(XmlWriter& xml, const char* type) {
    xml.start("w:r");
    xml.empty("w:fldChar", "w:fldCharType", type);
    xml.end();
}

}  // namespace

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

}  // namespace amparo::docx::detail

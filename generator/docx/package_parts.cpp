// Writes [Content_Types].xml and .rels parts.
#include "docx/package_parts.hpp"

#include <set>

#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {
namespace {

std::string extension_of(const std::string& name) {
    const auto slash = name.rfind('/');
    const auto dot = name.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    return name.substr(dot + 1);
}

void write_default(XmlWriter& xml, const std::string& extension, const std::string& type) {
    xml.start("Default");
    xml.attribute("Extension", extension);
    xml.attribute("ContentType", type);
    xml.end();
}

}  // namespace

std::string content_types_xml(const std::vector<PackagePart>& parts) {
    XmlWriter xml;
    xml.start("Types");
    xml.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    write_default(xml, "rels", content_type::relationships);
    write_default(xml, "xml", "application/xml");
    std::set<std::string> defaulted{"rels", "xml"};
    for (const PackagePart& part : parts) {
        const std::string extension = extension_of(part.name);
        if (part.content_type.empty() || defaulted.count(extension) != 0) continue;
        write_default(xml, extension, part.content_type);
        defaulted.insert(extension);
    }
    for (const PackagePart& part : parts) {
        if (part.content_type.empty() || extension_of(part.name) != "xml") continue;
        xml.start("Override");
        xml.attribute("PartName", "/" + part.name);
        xml.attribute("ContentType", part.content_type);
        xml.end();
    }
    return xml.finish();
}

std::string relationships_xml(const std::vector<Relationship>& relationships) {
    XmlWriter xml;
    xml.start("Relationships");
    xml.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
    for (const Relationship& relationship : relationships) {
        xml.start("Relationship");
        xml.attribute("Id", relationship.id);
        xml.attribute("Type", relationship.type);
        xml.attribute("Target", relationship.target);
        if (relationship.external) xml.attribute("TargetMode", "External");
        xml.end();
    }
    return xml.finish();
}

std::string relationships_part_name(const std::string& part_name) {
    const auto slash = part_name.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : part_name.substr(0, slash + 1);
    const std::string file = slash == std::string::npos ? part_name : part_name.substr(slash + 1);
    return folder + "_rels/" + file + ".rels";
}

}  // namespace amparo::docx::detail

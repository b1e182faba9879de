// The package's own bookkeeping: [Content_Types].xml and relationship (.rels) parts.
#pragma once

#include <string>
#include <vector>

#include "docx/zip_package.hpp"

namespace amparo::docx::detail {

namespace relationship_type {
inline constexpr const char* office_document =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr const char* core_properties =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr const char* styles =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr const char* numbering =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
inline constexpr const char* settings =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr const char* header =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr const char* footer =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr const char* theme =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
inline constexpr const char* hyperlink =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
}  // namespace relationship_type

namespace content_type {
inline constexpr const char* document =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr const char* styles =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr const char* numbering =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
inline constexpr const char* settings =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr const char* header =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr const char* footer =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr const char* theme = "application/vnd.openxmlformats-officedocument.theme+xml";
inline constexpr const char* core_properties =
    "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr const char* relationships =
    "application/vnd.openxmlformats-package.relationships+xml";
}  // namespace content_type

struct Relationship {
    std::string id;
    std::string type;
    std::string target;  // relative to the source part's folder, or a URL when external
    bool external = false;
};

// One <Override> per XML part with its own type; <Default> for .rels, .xml and, by extension,
// for other parts such as letterhead images.
std::string content_types_xml(const std::vector<PackagePart>& parts);

std::string relationships_xml(const std::vector<Relationship>& relationships);

// "word/header1.xml" -> "word/_rels/header1.xml.rels"
std::string relationships_part_name(const std::string& part_name);

}  // namespace amparo::docx::detail

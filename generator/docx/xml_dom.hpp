// Reading XML we did not write (a reference .docx) with libxml2's tree parser, safely: no network,
// no entity expansion, errors as text with a line number.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <libxml/tree.h>

namespace amparo::docx::detail {

namespace xml_namespace {
inline constexpr const char* wordprocessing =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* package_relationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* content_types =
    "http://schemas.openxmlformats.org/package/2006/content-types";
}  // namespace xml_namespace

struct XmlDocumentFree {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using XmlDocument = std::unique_ptr<xmlDoc, XmlDocumentFree>;

struct ParsedXml {
    XmlDocument document;  // null when the text is not well-formed
    std::string error;     // "line 3: Opening and ending tag mismatch ..."
};

ParsedXml parse_xml(const std::string& bytes);

// For parts already checked (a reference's) or written by us: throws std::runtime_error naming
// `what` when the text is not well-formed after all.
XmlDocument parse_or_throw(const std::string& bytes, const char* what);

// Copies `node` (deeply) into `document` and inserts the copy before `before`, or as the last child
// of `parent` when `before` is null; returns the copy. Throws std::runtime_error when libxml2
// cannot.
xmlNode* insert_copy(xmlDoc* document, xmlNode* parent, xmlNode* before, const xmlNode* node);

// The document serialised as UTF-8 with its XML declaration.
std::string serialize(xmlDoc* document);

// True when node is an element named `name` in namespace `ns`.
bool is_element(const xmlNode* node, const char* ns, const char* name);

// The element children of node named `name` in namespace `ns`.
std::vector<xmlNode*> child_elements(const xmlNode* node, const char* ns, const char* name);
xmlNode* first_child_element(const xmlNode* node, const char* ns, const char* name);

// An attribute's value ("" when absent); ns null for attributes without a namespace.
std::string attribute_value(const xmlNode* node, const char* ns, const char* name);

}  // namespace amparo::docx::detail

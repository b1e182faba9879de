// libxml2 tree parsing and the few lookups the reference reader and style merge need.
#include "docx/xml_dom.hpp"

#include <libxml/parser.h>
#include <stdexcept>

namespace amparo::docx::detail {
namespace {

const xmlChar* as_xml(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

struct ParserContextFree {
    void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

std::string trimmed(const char* message) {
    std::string text = message == nullptr ? "not well-formed" : message;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

}  // namespace

ParsedXml parse_xml(const std::string& bytes) {
    ParsedXml result;
    std::unique_ptr<xmlParserCtxt, ParserContextFree> context{xmlNewParserCtxt()};
    if (!context) {
        result.error = "libxml2 could not allocate a parser";
        return result;
    }
    // NONET: never fetch anything; no NOENT, so entities are not substituted (no XXE).
    constexpr int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    result.document.reset(xmlCtxtReadMemory(
        context.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, "UTF-8", options));
    if (!result.document || !context->wellFormed) {
        result.document.reset();
        const xmlError* error = xmlCtxtGetLastError(context.get());
        result.error = error == nullptr
                           ? "not well-formed XML"
                           : "line " + std::to_string(error->line) + ": " + trimmed(error->message);
    }
    return result;
}

XmlDocument parse_or_throw(const std::string& bytes, const char* what) {
    ParsedXml parsed = parse_xml(bytes);
    if (!parsed.document) throw std::runtime_error(std::string(what) + ": " + parsed.error);
    return std::move(parsed.document);
}

xmlNode* insert_copy(xmlDoc* document, xmlNode* parent, xmlNode* before, const xmlNode* node) {
    xmlNode* copy = xmlDocCopyNode(const_cast<xmlNode*>(node), document, 1);
    const bool inserted =
        copy != nullptr && (before != nullptr ? xmlAddPrevSibling(before, copy)
                                              : xmlAddChild(parent, copy)) != nullptr;
    if (!inserted) {
        xmlFreeNode(copy);
        throw std::runtime_error("libxml2 could not copy an element");
    }
    return copy;
}

std::string serialize(xmlDoc* document) {
    xmlChar* memory = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(document, &memory, &size, "UTF-8");
    std::string text(reinterpret_cast<const char*>(memory), static_cast<std::size_t>(size));
    xmlFree(memory);
    return text;
}

bool is_element(const xmlNode* node, const char* ns, const char* name) {
    if (node == nullptr || node->type != XML_ELEMENT_NODE) return false;
    if (xmlStrcmp(node->name, as_xml(name)) != 0) return false;
    return node->ns != nullptr && xmlStrcmp(node->ns->href, as_xml(ns)) == 0;
}

std::vector<xmlNode*> child_elements(const xmlNode* node, const char* ns, const char* name) {
    std::vector<xmlNode*> found;
    if (node == nullptr) return found;
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (is_element(child, ns, name)) found.push_back(child);
    }
    return found;
}

xmlNode* first_child_element(const xmlNode* node, const char* ns, const char* name) {
    const auto found = child_elements(node, ns, name);
    return found.empty() ? nullptr : found.front();
}

std::string attribute_value(const xmlNode* node, const char* ns, const char* name) {
    if (node == nullptr) return {};
    xmlChar* value = ns == nullptr ? xmlGetNoNsProp(node, as_xml(name))
                                   : xmlGetNsProp(node, as_xml(name), as_xml(ns));
    if (value == nullptr) return {};
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

}  // namespace amparo::docx::detail

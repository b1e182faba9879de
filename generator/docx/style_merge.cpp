// merge_styles: libxml2 trees of both styles parts; our missing styles are copied into theirs.
#include "docx/style_merge.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

#include "docx/xml_dom.hpp"

namespace amparo::docx::detail {
namespace {

namespace ns = xml_namespace;

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string style_name(const xmlNode* style) {
    return lowercase(attribute_value(first_child_element(style, ns::wordprocessing, "name"),
                                     ns::wordprocessing, "val"));
}

std::string style_id(const xmlNode* style) {
    return attribute_value(style, ns::wordprocessing, "styleId");
}

XmlDocument parse_or_throw(const std::string& bytes, const char* what) {
    ParsedXml parsed = parse_xml(bytes);
    if (!parsed.document) throw std::runtime_error(std::string(what) + ": " + parsed.error);
    return std::move(parsed.document);
}

// Points an appended style's basedOn/next at the ids the merged part really uses.
void rename_links(xmlNode* style, const StyleIds& ids) {
    for (const char* link : {"basedOn", "next"}) {
        xmlNode* node = first_child_element(style, ns::wordprocessing, link);
        if (node == nullptr) continue;
        const std::string target = attribute_value(node, ns::wordprocessing, "val");
        xmlSetNsProp(node, node->ns, reinterpret_cast<const xmlChar*>("val"),
                     reinterpret_cast<const xmlChar*>(ids(target).c_str()));
    }
}

}  // namespace

std::string merge_styles(const std::string& reference_styles, const std::string& our_styles,
                         StyleIds& ids) {
    XmlDocument theirs = parse_or_throw(reference_styles, "reference styles");
    XmlDocument ours = parse_or_throw(our_styles, "built-in styles");
    xmlNode* their_root = xmlDocGetRootElement(theirs.get());

    std::map<std::string, std::string> their_id_by_name;
    std::map<std::string, bool> their_ids;
    for (const xmlNode* style : child_elements(their_root, ns::wordprocessing, "style")) {
        their_id_by_name.emplace(style_name(style), style_id(style));
        their_ids[style_id(style)] = true;
    }

    std::vector<xmlNode*> missing;
    for (xmlNode* style :
         child_elements(xmlDocGetRootElement(ours.get()), ns::wordprocessing, "style")) {
        const auto same_name = their_id_by_name.find(style_name(style));
        if (same_name != their_id_by_name.end()) {
            ids.use(style_id(style), same_name->second);
        } else if (their_ids.count(style_id(style)) == 0) {
            missing.push_back(style);
        }
        // Same id, other name: theirs keeps the id, and the document uses it.
    }
    for (xmlNode* style : missing) {
        xmlNode* copy = xmlDocCopyNode(style, theirs.get(), 1);
        if (copy == nullptr || xmlAddChild(their_root, copy) == nullptr) {
            throw std::runtime_error("libxml2 could not copy a style");
        }
        rename_links(copy, ids);
    }
    xmlReconciliateNs(theirs.get(), their_root);
    return serialize(theirs.get());
}

}  // namespace amparo::docx::detail

// merge_styles: libxml2 trees of both styles parts; our missing styles are copied into theirs,
// then the numbering is taken out of every style our paragraphs rest on.
#include "docx/style_merge.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "docx/xml_dom.hpp"

namespace amparo::docx::detail {
namespace {

namespace ns = xml_namespace;

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string display_name(const xmlNode* style) {
    return attribute_value(first_child_element(style, ns::wordprocessing, "name"),
                           ns::wordprocessing, "val");
}

std::string style_name(const xmlNode* style) { return lowercase(display_name(style)); }

std::string style_id(const xmlNode* style) {
    return attribute_value(style, ns::wordprocessing, "styleId");
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

// Walks from each style our paragraphs name up its basedOn chain, removing every w:numPr on the
// way. A w:numPr naming numId 0 ends the walk: it already switches numbering off for the styles
// below it.
class Unnumbering {
  public:
    explicit Unnumbering(xmlNode* root) {
        for (xmlNode* style : child_elements(root, ns::wordprocessing, "style")) {
            by_id_.emplace(style_id(style), style);
        }
    }

    void from(const std::string& id, MergedStyles& merged) {
        std::set<std::string> seen;  // a basedOn loop in their part must not hang us
        for (std::string current = id; seen.insert(current).second;) {
            const auto found = by_id_.find(current);
            if (found == by_id_.end()) return;
            xmlNode* style = found->second;
            xmlNode* properties = first_child_element(style, ns::wordprocessing, "pPr");
            xmlNode* numbering = first_child_element(properties, ns::wordprocessing, "numPr");
            if (numbering != nullptr) {
                const std::string num_id =
                    attribute_value(first_child_element(numbering, ns::wordprocessing, "numId"),
                                    ns::wordprocessing, "val");
                if (num_id == "0") return;
                xmlUnlinkNode(numbering);
                xmlFreeNode(numbering);
                merged.unnumbered.emplace_back(current, display_name(style));
            }
            current = attribute_value(first_child_element(style, ns::wordprocessing, "basedOn"),
                                      ns::wordprocessing, "val");
        }
    }

  private:
    std::map<std::string, xmlNode*> by_id_;
};

}  // namespace

MergedStyles merge_styles(const std::string& reference_styles, const std::string& our_styles,
                          StyleIds& ids) {
    XmlDocument theirs = parse_or_throw(reference_styles, "reference styles");
    const XmlDocument ours = parse_or_throw(our_styles, "built-in styles");
    xmlNode* their_root = xmlDocGetRootElement(theirs.get());

    std::map<std::string, std::string> their_id_by_name;
    std::set<std::string> their_ids;
    for (const xmlNode* style : child_elements(their_root, ns::wordprocessing, "style")) {
        their_id_by_name.emplace(style_name(style), style_id(style));
        their_ids.insert(style_id(style));
    }

    MergedStyles merged;
    const auto our_list =
        child_elements(xmlDocGetRootElement(ours.get()), ns::wordprocessing, "style");
    std::vector<const xmlNode*> missing;
    for (const xmlNode* style : our_list) {
        const auto same_name = their_id_by_name.find(style_name(style));
        if (same_name != their_id_by_name.end()) {
            ids.use(style_id(style), same_name->second);
        } else if (their_ids.count(style_id(style)) == 0) {
            missing.push_back(style);
        }
        // Same id, other name: theirs keeps the id, and the document uses it.
    }
    for (const xmlNode* style : missing) {
        rename_links(insert_copy(theirs.get(), their_root, nullptr, style), ids);
        merged.added.push_back(display_name(style));
    }

    Unnumbering unnumbering(their_root);
    for (const xmlNode* style : our_list) {
        if (attribute_value(style, ns::wordprocessing, "type") == "paragraph") {
            unnumbering.from(ids(style_id(style)), merged);
        }
    }
    xmlReconciliateNs(theirs.get(), their_root);
    merged.xml = serialize(theirs.get());
    return merged;
}

}  // namespace amparo::docx::detail

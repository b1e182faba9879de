// numbering_ids_after and merge_numbering over libxml2 trees.
#include "docx/reference_numbering.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "docx/xml_dom.hpp"

namespace amparo::docx::detail {
namespace {

namespace ns = xml_namespace;

// Word's ids are small; ours must fit after theirs in an int.
constexpr int largest_usable_id = 1 << 24;

int largest_id(const xmlNode* root, const char* element, const char* attribute) {
    int largest = -1;
    for (const xmlNode* node : child_elements(root, ns::wordprocessing, element)) {
        const std::string text = attribute_value(node, ns::wordprocessing, attribute);
        int value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc{} && end == text.data() + text.size()) {
            largest = std::max(largest, value);
        }
    }
    if (largest > largest_usable_id) {
        throw std::runtime_error("the reference's numbering part uses w:" + std::string(attribute) +
                                 " " + std::to_string(largest) + ", too large to number after");
    }
    return largest;
}

void remove_style_links(xmlNode* root, const std::set<std::string>& styles) {
    for (const xmlNode* definition : child_elements(root, ns::wordprocessing, "abstractNum")) {
        for (const xmlNode* level : child_elements(definition, ns::wordprocessing, "lvl")) {
            for (xmlNode* link : child_elements(level, ns::wordprocessing, "pStyle")) {
                if (styles.count(attribute_value(link, ns::wordprocessing, "val")) == 0) continue;
                xmlUnlinkNode(link);
                xmlFreeNode(link);
            }
        }
    }
}

}  // namespace

NumberingIds numbering_ids_after(const std::string& reference_numbering) {
    if (reference_numbering.empty()) return {};
    const XmlDocument theirs = parse_or_throw(reference_numbering, "reference numbering");
    const xmlNode* root = xmlDocGetRootElement(theirs.get());
    // numId 0 means "not numbered", so ours start at 1 at least.
    return {largest_id(root, "abstractNum", "abstractNumId") + 1,
            std::max(1, largest_id(root, "num", "numId") + 1)};
}

std::string merge_numbering(const std::string& reference_numbering,
                            const std::string& our_numbering,
                            const std::set<std::string>& unlinked_styles) {
    if (reference_numbering.empty()) return our_numbering;
    XmlDocument theirs = parse_or_throw(reference_numbering, "reference numbering");
    const XmlDocument ours = parse_or_throw(our_numbering, "built-in numbering");
    xmlNode* root = xmlDocGetRootElement(theirs.get());
    remove_style_links(root, unlinked_styles);
    // The schema's order: abstract definitions, then instances, then Word's clean-up marker.
    xmlNode* cleanup = first_child_element(root, ns::wordprocessing, "numIdMacAtCleanup");
    xmlNode* first_instance = first_child_element(root, ns::wordprocessing, "num");
    const xmlNode* our_root = xmlDocGetRootElement(ours.get());
    for (const xmlNode* definition : child_elements(our_root, ns::wordprocessing, "abstractNum")) {
        insert_copy(theirs.get(), root, first_instance != nullptr ? first_instance : cleanup,
                    definition);
    }
    for (const xmlNode* instance : child_elements(our_root, ns::wordprocessing, "num")) {
        insert_copy(theirs.get(), root, cleanup, instance);
    }
    xmlReconciliateNs(theirs.get(), root);
    return serialize(theirs.get());
}

}  // namespace amparo::docx::detail

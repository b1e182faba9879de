// Inline conversion. Adjacent text nodes are merged first: cmark splits text at every bracket,
// so "[[TO COMPLETE: x]]" arrives in several pieces.
#include "document/inline_conversion.hpp"

#include "document/placeholder_mark.hpp"

namespace amparo::document::detail {

namespace {

// Only a placeholder a template wrote (placeholder_mark.hpp) becomes a Placeholder.
const std::string kPlaceholderOpen = std::string(kPlaceholderMark) + std::string(kPlaceholderText);
const std::string kPlaceholderClose = "]]";

Inline make(InlineKind kind, std::string text = {}) {
    Inline node;
    node.kind = kind;
    node.text = std::move(text);
    return node;
}

std::string trim(const std::string& text) {
    auto first = text.find_first_not_of(' ');
    auto last = text.find_last_not_of(' ');
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

Inline convert_link(cmark_node* node) {
    std::string url = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
    Inline link;
    if (url.rfind("authority:", 0) == 0) {
        link.kind = InlineKind::AuthorityRef;
        link.target = url.substr(10);
    } else if (!url.empty() && url[0] == '#') {
        link.kind = InlineKind::CrossReference;
        link.target = url.substr(1);
    } else {
        link.kind = InlineKind::Link;
        link.target = url;
    }
    link.children = convert_inlines(node);
    return link;
}

}  // namespace

void append_text_with_placeholders(const std::string& text, std::vector<Inline>& out) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t open = text.find(kPlaceholderOpen, pos);
        std::size_t close = open == std::string::npos
                                ? std::string::npos
                                : text.find(kPlaceholderClose, open + kPlaceholderOpen.size());
        if (close == std::string::npos) {
            out.push_back(make(InlineKind::Text, without_placeholder_marks(text.substr(pos))));
            return;
        }
        if (open > pos)
            out.push_back(
                make(InlineKind::Text, without_placeholder_marks(text.substr(pos, open - pos))));
        std::size_t body = open + kPlaceholderOpen.size();
        out.push_back(make(InlineKind::Placeholder, trim(text.substr(body, close - body))));
        pos = close + kPlaceholderClose.size();
    }
}

namespace {

// Whether `text` ends inside a template placeholder still waiting for its "]]".
bool in_open_placeholder(const std::string& text) {
    const auto open = text.rfind(kPlaceholderOpen);
    return open != std::string::npos && text.find(kPlaceholderClose, open) == std::string::npos;
}

// The text of inline markup inside a placeholder (a `field` name, a line break of the template):
// the placeholder is one instruction to the attorney, whatever CommonMark made of its words.
void append_as_placeholder_text(cmark_node* node, std::string& pending_text) {
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            pending_text += cmark_node_get_literal(node);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            pending_text += ' ';
            break;
        default:
            for (cmark_node* child = cmark_node_first_child(node); child;
                 child = cmark_node_next(child))
                append_as_placeholder_text(child, pending_text);
    }
}

}  // namespace

std::vector<Inline> convert_inlines(cmark_node* parent) {
    std::vector<Inline> out;
    std::string pending_text;
    auto flush = [&] {
        if (!pending_text.empty()) append_text_with_placeholders(pending_text, out);
        pending_text.clear();
    };
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        if (in_open_placeholder(pending_text)) {
            append_as_placeholder_text(node, pending_text);
            continue;
        }
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
                pending_text += cmark_node_get_literal(node);
                continue;
            case CMARK_NODE_SOFTBREAK:
                flush();
                out.push_back(make(InlineKind::SoftBreak));
                continue;
            case CMARK_NODE_LINEBREAK:
                flush();
                out.push_back(make(InlineKind::LineBreak));
                continue;
            case CMARK_NODE_CODE:
                flush();
                out.push_back(make(InlineKind::Code, cmark_node_get_literal(node)));
                continue;
            case CMARK_NODE_EMPH: {
                flush();
                Inline emphasis = make(InlineKind::Emphasis);
                emphasis.children = convert_inlines(node);
                out.push_back(std::move(emphasis));
                continue;
            }
            case CMARK_NODE_STRONG: {
                flush();
                Inline strong = make(InlineKind::Strong);
                strong.children = convert_inlines(node);
                out.push_back(std::move(strong));
                continue;
            }
            case CMARK_NODE_LINK:
                flush();
                out.push_back(convert_link(node));
                continue;
            case CMARK_NODE_IMAGE:
                // Filings carry no inline images; keep the description so nothing is lost.
                pending_text += "[image: ";
                for (auto& child : convert_inlines(node)) pending_text += child.text;
                pending_text += "]";
                continue;
            default:
                // Inline HTML (comments, tags) is not part of a filing's text.
                continue;
        }
    }
    flush();
    return out;
}

}  // namespace amparo::document::detail

// Writes inlines as runs, carrying emphasis down to the text they contain.
#include "docx/runs.hpp"

#include "docx/styles.hpp"

namespace amparo::docx::detail {
namespace {

using document::Inline;
using document::InlineKind;

void run_properties(XmlWriter& xml, const RunFormat& format, const StyleIds& styles) {
    if (format.character_style.empty() && !format.bold && !format.italic && !format.small_caps &&
        !format.highlight) {
        return;
    }
    xml.start("w:rPr");  // children in the schema's order: rStyle, b, i, smallCaps, highlight
    if (!format.character_style.empty()) {
        xml.empty("w:rStyle", "w:val", styles(format.character_style));
    }
    if (format.bold) xml.empty("w:b");
    if (format.italic) xml.empty("w:i");
    if (format.small_caps) xml.empty("w:smallCaps");
    if (format.highlight) xml.empty("w:highlight", "w:val", "yellow");
    xml.end();
}

void text_element(XmlWriter& xml, std::string_view text) {
    if (text.empty()) return;
    xml.start("w:t");
    xml.attribute("xml:space", "preserve");
    xml.text(text);
    xml.end();
}

void write_hyperlink(XmlWriter& xml, const Inline& link, BodyContext& context,
                     const RunFormat& format) {
    xml.start("w:hyperlink");
    RunFormat inner = format;
    if (link.kind == InlineKind::Link) {
        xml.attribute("r:id", context.link_relationship(link.target));
        inner.character_style = style::hyperlink;
    } else {
        // A cross-reference reads as ordinary text ("see Part II") but jumps to the heading.
        xml.attribute("w:anchor", bookmark_name(link.target));
    }
    xml.attribute("w:history", "1");
    write_inlines(xml, link.children, context, inner);
    xml.end();
}

void write_inline(XmlWriter& xml, const Inline& item, BodyContext& context,
                  const RunFormat& format) {
    RunFormat inner = format;
    switch (item.kind) {
        case InlineKind::Text:
            write_text_run(xml, item.text, format, context.styles);
            return;
        case InlineKind::Emphasis:
            inner.italic = !format.italic;  // emphasis inside italics reads upright
            break;
        case InlineKind::Strong:
            inner.bold = true;
            break;
        case InlineKind::SmallCaps:
            inner.small_caps = true;
            break;
        case InlineKind::Code:
            inner.character_style = style::verbatim;
            write_text_run(xml, item.text, inner, context.styles);
            return;
        case InlineKind::SoftBreak:
            write_text_run(xml, " ", format, context.styles);
            return;
        case InlineKind::LineBreak:
            xml.start("w:r");
            xml.empty("w:br");
            xml.end();
            return;
        case InlineKind::Placeholder:
            inner.character_style = style::to_complete;
            inner.highlight = true;
            write_text_run(xml, placeholder_text(item.text), inner, context.styles);
            return;
        case InlineKind::AuthorityRef:
            break;  // printed as its citation; the table of authorities lists it
        case InlineKind::CrossReference:
        case InlineKind::Link:
            write_hyperlink(xml, item, context, format);
            return;
    }
    write_inlines(xml, item.children, context, inner);
}

}  // namespace

std::string placeholder_text(const std::string& missing) {
    return "[[TO COMPLETE: " + missing + "]]";
}

void write_text_run(XmlWriter& xml, std::string_view text, const RunFormat& format,
                    const StyleIds& styles) {
    if (text.empty()) return;
    xml.start("w:r");
    run_properties(xml, format, styles);
    std::size_t piece_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\t' && text[i] != '\n') continue;
        text_element(xml, text.substr(piece_start, i - piece_start));
        xml.empty(text[i] == '\t' ? "w:tab" : "w:br");
        piece_start = i + 1;
    }
    text_element(xml, text.substr(piece_start));
    xml.end();
}

void write_inlines(XmlWriter& xml, const std::vector<document::Inline>& inlines,
                   BodyContext& context, const RunFormat& format) {
    for (const Inline& item : inlines) write_inline(xml, item, context, format);
}

std::string plain_text(const std::vector<document::Inline>& inlines) {
    std::string text;
    for (const Inline& item : inlines) {
        switch (item.kind) {
            case InlineKind::Text:
            case InlineKind::Code:
                text += item.text;
                break;
            case InlineKind::SoftBreak:
            case InlineKind::LineBreak:
                text += ' ';
                break;
            case InlineKind::Placeholder:
                text += placeholder_text(item.text);
                break;
            default:
                text += plain_text(item.children);
        }
    }
    return text;
}

}  // namespace amparo::docx::detail

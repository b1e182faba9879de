// Writes inlines as runs, carrying emphasis down to the text they contain.
#include "docx/runs.hpp"

#include "docx/authority_marks.hpp"
#include "docx/fields.hpp"
#include "docx/styles.hpp"

namespace amparo::docx::detail {
namespace {

using document::Inline;
using document::InlineKind;

void run_properties(XmlWriter& xml, const RunFormat& format, const StyleIds& styles) {
    if (format.character_style.empty() && !format.bold && !format.italic && !format.small_caps &&
        !format.hidden && !format.highlight) {
        return;
    }
    // Children in the schema's order: rStyle, b, i, smallCaps, vanish, highlight.
    xml.start("w:rPr");
    if (!format.character_style.empty()) {
        xml.empty("w:rStyle", "w:val", styles(format.character_style));
    }
    if (format.bold) xml.empty("w:b");
    if (format.italic) xml.empty("w:i");
    if (format.small_caps) xml.empty("w:smallCaps");
    if (format.hidden) xml.empty("w:vanish");
    if (format.highlight) xml.empty("w:highlight", "w:val", "yellow");
    xml.end();
}

void text_element(XmlWriter& xml, std::string_view text, const char* element = "w:t") {
    if (text.empty()) return;
    xml.start(element);
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

// The formatting an emphasis, strong or small-caps inline gives its children.
RunFormat inside(const Inline& item, const RunFormat& format) {
    RunFormat inner = format;
    if (item.kind == InlineKind::Emphasis) inner.italic = !format.italic;  // upright in italics
    if (item.kind == InlineKind::Strong) inner.bold = true;
    if (item.kind == InlineKind::SmallCaps) inner.small_caps = true;
    return inner;
}

void write_inline(XmlWriter& xml, const Inline& item, BodyContext& context,
                  const RunFormat& format) {
    RunFormat inner = inside(item, format);
    switch (item.kind) {
        case InlineKind::Text:
            write_text_run(xml, item.text, format, context.styles);
            return;
        case InlineKind::Emphasis:
        case InlineKind::Strong:
        case InlineKind::SmallCaps:
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
            // Printed as its citation; the TA field before it tells Word's table of authorities
            // the page where the citation starts.
            if (format.marks_authorities) mark_authority(xml, item.target, context);
            break;
        case InlineKind::CrossReference:
        case InlineKind::Link:
            write_hyperlink(xml, item, context, format);
            return;
    }
    write_inlines(xml, item.children, context, inner);
}

void instruction_inline(XmlWriter& xml, const Inline& item, const RunFormat& format,
                        const StyleIds& styles) {
    switch (item.kind) {
        case InlineKind::Text:
        case InlineKind::Code:
            write_instruction_text(xml, escape_field_argument(item.text), format, styles);
            return;
        case InlineKind::Placeholder:
            write_instruction_text(xml, escape_field_argument(placeholder_text(item.text)), format,
                                   styles);
            return;
        case InlineKind::SoftBreak:
        case InlineKind::LineBreak:
            write_instruction_text(xml, " ", format, styles);
            return;
        default:
            write_instruction_inlines(xml, item.children, inside(item, format), styles);
    }
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

void write_instruction_text(XmlWriter& xml, std::string_view instruction, const RunFormat& format,
                            const StyleIds& styles) {
    xml.start("w:r");
    run_properties(xml, format, styles);
    text_element(xml, instruction, "w:instrText");
    xml.end();
}

void write_instruction_inlines(XmlWriter& xml, const std::vector<document::Inline>& inlines,
                               const RunFormat& format, const StyleIds& styles) {
    for (const Inline& item : inlines) instruction_inline(xml, item, format, styles);
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

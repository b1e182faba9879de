// Writes the TOC field with its cached entries, and the table of authorities by category.
#include "docx/contents.hpp"

#include <algorithm>

#include "docx/fields.hpp"
#include "docx/paragraph.hpp"
#include "docx/runs.hpp"

namespace amparo::docx::detail {
namespace {

using document::Block;
using document::BlockKind;

constexpr int deepest_toc_level = 3;

void collect_headings(const std::vector<Block>& blocks, std::vector<const Block*>& headings) {
    for (const Block& block : blocks) {
        if (block.kind == BlockKind::Heading && block.level <= deepest_toc_level) {
            headings.push_back(&block);
        }
        collect_headings(block.children, headings);
        for (const auto& item : block.items) collect_headings(item, headings);
    }
}

}  // namespace

void write_table_of_contents(XmlWriter& xml, const document::Document& document,
                             BodyContext& context, bool page_break_before) {
    std::vector<const Block*> headings;
    collect_headings(document.blocks, headings);
    const std::string instruction =
        " TOC \\o \"1-" + std::to_string(deepest_toc_level) + "\" \\h \\z \\u ";
    if (headings.empty()) {
        ParagraphProperties properties{style::toc(1), page_break_before};
        start_paragraph(xml, properties, context.styles);
        field_begin(xml, instruction);
        field_end(xml);
        xml.end();
        return;
    }
    for (std::size_t i = 0; i < headings.size(); ++i) {
        const Block& heading = *headings[i];
        ParagraphProperties properties{style::toc(std::max(1, heading.level)),
                                       page_break_before && i == 0};
        start_paragraph(xml, properties, context.styles);
        if (i == 0) field_begin(xml, instruction);
        if (heading.anchor.empty()) {
            write_inlines(xml, heading.inlines, context);
        } else {
            xml.start("w:hyperlink");
            xml.attribute("w:anchor", bookmark_name(heading.anchor));
            xml.attribute("w:history", "1");
            write_inlines(xml, heading.inlines, context);
            xml.end();
        }
        if (i + 1 == headings.size()) field_end(xml);
        xml.end();
    }
}

void write_table_of_authorities(XmlWriter& xml, const document::Document& document,
                                BodyContext& context, bool page_break_before) {
    std::vector<std::string> categories;
    for (const auto& entry : document.authorities) {
        if (std::find(categories.begin(), categories.end(), entry.category) == categories.end()) {
            categories.push_back(entry.category);
        }
    }
    bool first = true;
    for (const std::string& category : categories) {
        ParagraphProperties heading{style::toa_heading, page_break_before && first};
        start_paragraph(xml, heading, context.styles);
        write_text_run(xml, category, {}, context.styles);
        xml.end();
        first = false;
        for (const auto& entry : document.authorities) {
            if (entry.category != category) continue;
            start_paragraph(xml, {style::table_of_authorities}, context.styles);
            write_inlines(xml, entry.citation, context);
            xml.end();
        }
    }
}

}  // namespace amparo::docx::detail

// Writes the two tables' titles, the TOC field with its cached entries, and a TOA field per
// category with its cached entries.
#include "docx/contents.hpp"

#include <algorithm>
#include <vector>

#include "docx/authority_marks.hpp"
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

// A table's title on a page of its own, in Word's "TOC Heading" style: its outline level is body
// text, so neither the table of contents nor the navigation pane lists it.
void table_title(XmlWriter& xml, const char* title, const BodyContext& context) {
    start_paragraph(xml, {style::toc_heading, true}, context.styles);
    write_text_run(xml, title, {}, context.styles);
    xml.end();
}

}  // namespace

void write_table_of_contents(XmlWriter& xml, const document::Document& document,
                             BodyContext& context) {
    table_title(xml, "Table of Contents", context);
    std::vector<const Block*> headings;
    collect_headings(document.blocks, headings);
    const std::string instruction =
        " TOC \\o \"1-" + std::to_string(deepest_toc_level) + "\" \\h \\z \\u ";
    if (headings.empty()) {
        start_paragraph(xml, {style::toc(1)}, context.styles);
        field_begin(xml, instruction);
        field_end(xml);
        xml.end();
        return;
    }
    RunFormat copy_of_heading;
    copy_of_heading.marks_authorities = false;  // the heading itself carries its TA fields
    for (std::size_t i = 0; i < headings.size(); ++i) {
        const Block& heading = *headings[i];
        start_paragraph(xml, {style::toc(std::max(1, heading.level))}, context.styles);
        if (i == 0) field_begin(xml, instruction);
        if (heading.anchor.empty()) {
            write_inlines(xml, heading.inlines, context, copy_of_heading);
        } else {
            xml.start("w:hyperlink");
            xml.attribute("w:anchor", bookmark_name(heading.anchor));
            xml.attribute("w:history", "1");
            write_inlines(xml, heading.inlines, context, copy_of_heading);
            xml.end();
        }
        if (i + 1 == headings.size()) field_end(xml);
        xml.end();
    }
}

void write_table_of_authorities(XmlWriter& xml, const document::Document& document,
                                BodyContext& context) {
    table_title(xml, "Table of Authorities", context);
    std::vector<std::string> categories;
    for (const auto& entry : document.authorities) {
        if (std::find(categories.begin(), categories.end(), entry.category) == categories.end()) {
            categories.push_back(entry.category);
        }
    }
    for (const std::string& category : categories) {
        start_paragraph(xml, {style::toa_heading}, context.styles);
        write_text_run(xml, category, {}, context.styles);
        xml.end();
        // A paragraph per authority, as Word writes the result when it updates the field and as
        // the PDF sets the entries (each with its space above); the field begins in the first
        // entry's paragraph and ends in the last one's.
        std::vector<const document::AuthorityEntry*> entries;
        for (const auto& entry : document.authorities) {
            if (entry.category == category) entries.push_back(&entry);
        }
        for (std::size_t i = 0; i < entries.size(); ++i) {
            start_paragraph(xml, {style::table_of_authorities}, context.styles);
            if (i == 0) field_begin(xml, toa_instruction(category));
            write_inlines(xml, entries[i]->citation, context);
            if (i + 1 == entries.size()) field_end(xml);
            xml.end();
        }
    }
}

}  // namespace amparo::docx::detail

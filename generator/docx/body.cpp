// Walks the blocks and writes each as Word structure: heading styles with bookmarks (the
// argument's numbered by Word), numbered declaration paragraphs, styled block quotes, lists,
// tables, page breaks before the next block.
#include "docx/body.hpp"

#include <algorithm>
#include <utility>

#include "document/outline_numbers.hpp"
#include "docx/contents.hpp"
#include "docx/paragraph.hpp"
#include "docx/runs.hpp"
#include "docx/table.hpp"
#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {
namespace {

using document::Block;
using document::BlockKind;

constexpr int list_indent_step = 720;  // matches numbering.xml's indent per level
constexpr int deepest_list_level = 8;

// Where a block sits decides how its plain paragraphs look.
struct Placement {
    std::string paragraph_style = style::body_text;
    int list_level = -1;  // nesting level of the enclosing list; -1 = none
    // Twips the block's last paragraph leaves below it at least (a table follows: Word has no
    // space above a table); -1 = its style's.
    int space_after = -1;
};

class BodyWriter {
  public:
    BodyWriter(XmlWriter& xml, const document::Document& document, BodyContext& context)
        : xml_(xml), document_(document), context_(context) {}

    void blocks(const std::vector<Block>& blocks, const Placement& placement) {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            Placement here = placement;
            if (i + 1 < blocks.size()) {
                here.space_after =
                    blocks[i + 1].kind == BlockKind::Table ? context_.text.table_space_before : -1;
            }
            write_block(blocks[i], here);
        }
    }

    // Word wants a paragraph to end the body (and after a final table).
    void finish() {
        if (!last_was_paragraph_) {
            start({style::normal});
            xml_.end();
        }
    }

  private:
    // Every paragraph opens here so a pending page break lands on it, and the space a table
    // leaves below it on the paragraph after it.
    void start(ParagraphProperties properties) {
        properties.page_break_before = take_page_break();
        const int after_table = std::exchange(space_after_table_, -1);
        if (!properties.page_break_before &&
            after_table > paragraph_spacing(properties.style, context_.text).before) {
            properties.space_before = after_table;
        }
        start_paragraph(xml_, properties, context_.styles);
        last_was_paragraph_ = true;
    }

    // At least `space` below the paragraph (the larger of it and its style's); -1: the style's.
    void leave_space_after(ParagraphProperties& properties, int space) const {
        if (space > paragraph_spacing(properties.style, context_.text).after)
            properties.space_after = space;
    }

    bool take_page_break() { return std::exchange(page_break_pending_, false); }

    void paragraph(const Block& block, const Placement& placement) {
        ParagraphProperties properties{placement.paragraph_style};
        properties.align = block.align;
        if (placement.list_level >= 0) {
            properties.style = style::list_paragraph;
            properties.left_indent = (placement.list_level + 1) * list_indent_step;
        }
        leave_space_after(properties, placement.space_after);
        start(properties);
        write_inlines(xml_, block.inlines, context_);
        xml_.end();
    }

    // A heading in the argument's outline is numbered by Word's multilevel list ("I.", "A.",
    // "1."), in place of the number the template typed, so inserting a section renumbers.
    void heading(const Block& block, const Placement& placement) {
        ParagraphProperties properties{style::heading(std::clamp(block.level, 1, 4))};
        leave_space_after(properties, placement.space_after);
        const bool in_outline = block.outline.level >= 0;
        if (in_outline) {
            properties.num_id =
                context_.numbering.outline_heading(block.outline.level, block.outline.value);
            properties.num_level = block.outline.level;
        }
        start(properties);
        const int bookmark_id = context_.next_bookmark_id++;
        if (!block.anchor.empty()) {
            xml_.start("w:bookmarkStart");
            xml_.attribute("w:id", bookmark_id);
            xml_.attribute("w:name", bookmark_name(block.anchor));
            xml_.end();
        }
        write_inlines(xml_, in_outline ? document::without_outline_number(block) : block.inlines,
                      context_);
        if (!block.anchor.empty()) xml_.empty("w:bookmarkEnd", "w:id", bookmark_id);
        xml_.end();
    }

    void numbered_paragraph(const Block& block, const Placement& placement) {
        ParagraphProperties properties{style::declaration_paragraph};
        properties.num_id = context_.numbering.declaration_paragraph(block.number);
        leave_space_after(properties, placement.space_after);
        start(properties);
        write_inlines(xml_, block.inlines, context_);
        xml_.end();
    }

    // The first paragraph of each item carries the number or bullet; later blocks of the item
    // line up under its text. The list's last paragraph sets it off from what follows.
    void list(const Block& block, const Placement& placement) {
        const int level = std::min(placement.list_level + 1, deepest_list_level);
        const int num_id = context_.numbering.list(block.ordered, block.start, level);
        const int after_list = std::max(context_.text.list_space_after, placement.space_after);
        Placement inside = placement;
        inside.list_level = level;
        inside.space_after = -1;
        for (std::size_t n = 0; n < block.items.size(); ++n) {
            const auto& item = block.items[n];
            const bool last_item = n + 1 == block.items.size();
            ParagraphProperties marker{style::list_paragraph};
            marker.num_id = num_id;
            marker.num_level = level;
            const bool opens_with_paragraph =
                !item.empty() && item.front().kind == BlockKind::Paragraph;
            const std::size_t rest = opens_with_paragraph ? 1 : 0;
            if (last_item && rest == item.size()) leave_space_after(marker, after_list);
            start(marker);
            if (opens_with_paragraph) write_inlines(xml_, item.front().inlines, context_);
            xml_.end();
            for (std::size_t i = rest; i < item.size(); ++i) {
                Placement here = inside;
                if (last_item && i + 1 == item.size()) here.space_after = after_list;
                write_block(item[i], here);
            }
        }
    }

    void table(const Block& block) {
        if (take_page_break()) {
            // Word ignores pageBreakBefore inside tables: break in a paragraph of its own.
            start_paragraph(xml_, {style::normal}, context_.styles);
            xml_.start("w:r");
            xml_.empty("w:br", "w:type", "page");
            xml_.end();
            xml_.end();
        }
        write_table(xml_, block.table, context_);
        last_was_paragraph_ = false;
        space_after_table_ = context_.text.table_space_after;
    }

    void signature(const Block& block, const Placement& placement) {
        ParagraphProperties properties{style::signature};
        leave_space_after(properties, placement.space_after);
        start(properties);
        for (std::size_t i = 0; i < block.lines.size(); ++i) {
            if (i > 0) {
                xml_.start("w:r");
                xml_.empty("w:br");
                xml_.end();
            }
            write_inlines(xml_, block.lines[i], context_);
        }
        xml_.end();
    }

    void code(const Block& block) {
        start({style::source_code});
        std::string_view text = block.text;
        if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
        write_text_run(xml_, text, {}, context_.styles);
        xml_.end();
    }

    void thematic_break() {
        ParagraphProperties properties{style::normal};
        properties.rule_below = true;
        start(properties);
        xml_.end();
    }

    void cover_page(const Block& block) {
        Placement cover;
        cover.paragraph_style = style::cover_text;
        for (const Block& child : block.children) {
            // The caption box set apart from the heading above it, as the PDF sets it.
            if (child.kind == BlockKind::Table) {
                start({style::cover_spacer});
                xml_.end();
            }
            write_block(child, cover);
        }
        page_break_pending_ = true;
    }

    void write_block(const Block& block, const Placement& placement) {
        switch (block.kind) {
            case BlockKind::Heading:
                heading(block, placement);
                break;
            case BlockKind::Paragraph:
                paragraph(block, placement);
                break;
            case BlockKind::NumberedParagraph:
                numbered_paragraph(block, placement);
                break;
            case BlockKind::BlockQuote: {
                Placement quoted = placement;  // its last paragraph: the space after the quote
                quoted.paragraph_style = style::block_text;
                quoted.list_level = -1;
                blocks(block.children, quoted);
                break;
            }
            case BlockKind::List:
                list(block, placement);
                break;
            case BlockKind::Table:
                table(block);
                break;
            case BlockKind::PageBreak:
                page_break_pending_ = true;
                break;
            case BlockKind::ThematicBreak:
                thematic_break();
                break;
            case BlockKind::SignatureBlock:
                signature(block, placement);
                break;
            case BlockKind::CoverPage:
                cover_page(block);
                break;
            case BlockKind::TableOfContents:
                take_page_break();  // the table starts a page of its own anyway
                write_table_of_contents(xml_, document_, context_);
                last_was_paragraph_ = true;
                break;
            case BlockKind::TableOfAuthorities:
                take_page_break();
                write_table_of_authorities(xml_, document_, context_);
                last_was_paragraph_ = true;
                break;
            case BlockKind::CodeBlock:
                code(block);
                break;
        }
    }

    XmlWriter& xml_;
    const document::Document& document_;
    BodyContext& context_;
    bool page_break_pending_ = false;
    bool last_was_paragraph_ = false;
    int space_after_table_ = -1;  // twips the paragraph after a table leaves above it at least
};

}  // namespace

bool contains_block(const std::vector<Block>& blocks, BlockKind kind) {
    return std::any_of(blocks.begin(), blocks.end(), [&](const Block& block) {
        return block.kind == kind || contains_block(block.children, kind);
    });
}

bool starts_with_cover_page(const document::Document& document) {
    return !document.blocks.empty() && document.blocks.front().kind == BlockKind::CoverPage;
}

std::string document_xml(const document::Document& document, const SectionProperties& section,
                         BodyContext& context) {
    XmlWriter xml;
    xml.start("w:document");
    xml.attribute("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    xml.attribute("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    xml.start("w:body");
    if (contains_block(document.blocks, BlockKind::TableOfAuthorities)) {
        for (const auto& entry : document.authorities) context.authorities[entry.key] = &entry;
    }
    BodyWriter body(xml, document, context);
    body.blocks(document.blocks, Placement{});
    body.finish();
    write_section_properties(xml, section);
    return xml.finish();
}

}  // namespace amparo::docx::detail

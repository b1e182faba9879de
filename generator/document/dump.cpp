// The dump format: `Kind key=value ...` then the node's text in quotes, children indented.
#include "document/dump.hpp"

#include "document/outline_numbers.hpp"

namespace amparo::document {

namespace {

const char* inline_name(InlineKind kind) {
    switch (kind) {
        case InlineKind::Text:
            return "Text";
        case InlineKind::Emphasis:
            return "Emphasis";
        case InlineKind::Strong:
            return "Strong";
        case InlineKind::SmallCaps:
            return "SmallCaps";
        case InlineKind::Code:
            return "Code";
        case InlineKind::SoftBreak:
            return "SoftBreak";
        case InlineKind::LineBreak:
            return "LineBreak";
        case InlineKind::Placeholder:
            return "Placeholder";
        case InlineKind::AuthorityRef:
            return "AuthorityRef";
        case InlineKind::CrossReference:
            return "CrossReference";
        case InlineKind::Link:
            return "Link";
    }
    return "?";
}

const char* block_name(BlockKind kind) {
    switch (kind) {
        case BlockKind::Heading:
            return "Heading";
        case BlockKind::Paragraph:
            return "Paragraph";
        case BlockKind::NumberedParagraph:
            return "NumberedParagraph";
        case BlockKind::BlockQuote:
            return "BlockQuote";
        case BlockKind::List:
            return "List";
        case BlockKind::Table:
            return "Table";
        case BlockKind::PageBreak:
            return "PageBreak";
        case BlockKind::ThematicBreak:
            return "ThematicBreak";
        case BlockKind::SignatureBlock:
            return "SignatureBlock";
        case BlockKind::CoverPage:
            return "CoverPage";
        case BlockKind::TableOfContents:
            return "TableOfContents";
        case BlockKind::TableOfAuthorities:
            return "TableOfAuthorities";
        case BlockKind::CodeBlock:
            return "CodeBlock";
    }
    return "?";
}

const char* align_name(Align align) {
    switch (align) {
        case Align::Left:
            return "left";
        case Align::Center:
            return "center";
        case Align::Right:
            return "right";
        case Align::Justify:
            return "justify";
    }
    return "?";
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

std::string pad(int depth) { return std::string(static_cast<std::size_t>(depth) * 2, ' '); }

void dump_inlines(const std::vector<Inline>& inlines, int depth, std::string& out) {
    for (const auto& node : inlines) {
        out += pad(depth) + inline_name(node.kind);
        if (!node.target.empty()) out += " target=" + node.target;
        if (!node.text.empty()) out += " " + quoted(node.text);
        out += "\n";
        dump_inlines(node.children, depth + 1, out);
    }
}

void dump_blocks(const std::vector<Block>& blocks, int depth, std::string& out);

void dump_block(const Block& block, int depth, std::string& out) {
    out += pad(depth) + block_name(block.kind) + " @" + std::to_string(block.pos.line) + ":" +
           std::to_string(block.pos.column);
    if (block.kind == BlockKind::Heading) {
        out += " level=" + std::to_string(block.level) + " anchor=" + block.anchor;
        if (block.outline.level >= 0) out += " outline=" + outline_label(block.outline);
    }
    if (block.kind == BlockKind::NumberedParagraph)
        out += " number=" + std::to_string(block.number);
    if (block.kind == BlockKind::List) {
        out += block.ordered ? " ordered start=" + std::to_string(block.start) : " bullet";
    }
    if (block.align != Align::Left) out += std::string(" align=") + align_name(block.align);
    if (block.kind == BlockKind::CodeBlock) out += " " + quoted(block.text);
    out += "\n";
    dump_inlines(block.inlines, depth + 1, out);
    for (const auto& line : block.lines) {
        out += pad(depth + 1) + "Line\n";
        dump_inlines(line, depth + 2, out);
    }
    if (block.kind == BlockKind::Table) {
        out += pad(depth + 1) + "Columns";
        for (auto align : block.table.column_align) out += std::string(" ") + align_name(align);
        out += "\n" + pad(depth + 1) + "Header\n";
        for (const auto& cell : block.table.header) {
            out += pad(depth + 2) + "Cell\n";
            dump_inlines(cell.inlines, depth + 3, out);
        }
        for (const auto& row : block.table.rows) {
            out += pad(depth + 1) + "Row\n";
            for (const auto& cell : row) {
                out += pad(depth + 2) + "Cell\n";
                dump_inlines(cell.inlines, depth + 3, out);
            }
        }
    }
    dump_blocks(block.children, depth + 1, out);
    for (const auto& item : block.items) {
        out += pad(depth + 1) + "Item\n";
        dump_blocks(item, depth + 2, out);
    }
}

void dump_blocks(const std::vector<Block>& blocks, int depth, std::string& out) {
    for (const auto& block : blocks) dump_block(block, depth, out);
}

}  // namespace

std::string dump(const Document& document) {
    std::string out;
    dump_blocks(document.blocks, 0, out);
    for (const auto& entry : document.authorities) {
        out += "Authority key=" + entry.key + " category=" + entry.category + "\n";
        dump_inlines(entry.citation, 1, out);
    }
    return out;
}

}  // namespace amparo::document

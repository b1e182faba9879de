// Blocks are separated by one empty line; nested blocks (list items, quotes) are written on their
// own and then indented or prefixed line by line, as cmark's own CommonMark renderer does.
#include "markdown/markdown_writer.hpp"

#include <sstream>

#include "markdown/inline_text.hpp"

namespace amparo::markdown {

namespace {

using document::Align;
using document::Block;
using document::BlockKind;
using document::Inline;

// The first line of `text` prefixed with `first`, the others with `rest` (a list item's
// continuation indent, a quote's marks); an empty line gets `rest` without its trailing spaces.
std::string prefixed(const std::string& text, const std::string& first, const std::string& rest) {
    const std::string blank = rest.substr(0, rest.find_last_not_of(' ') + 1);
    std::istringstream lines(text);
    std::string line;
    std::string out;
    bool is_first = true;
    while (std::getline(lines, line)) {
        out += (is_first ? first + line : line.empty() ? blank : rest + line) + "\n";
        is_first = false;
    }
    return out;
}

std::string table_row(const std::vector<document::TableCell>& cells) {
    std::string row = "|";
    for (const auto& cell : cells) row += " " + inline_text(cell.inlines, true) + " |";
    return row + "\n";
}

std::string alignment_row(const std::vector<Align>& columns, std::size_t count) {
    std::string row = "|";
    for (std::size_t i = 0; i < count; ++i) {
        const Align align = i < columns.size() ? columns[i] : Align::Left;
        row += align == Align::Center ? " :---: |" : align == Align::Right ? " ---: |" : " --- |";
    }
    return row + "\n";
}

class BlockWriter {
  public:
    explicit BlockWriter(const document::Document& document) : document_(document) {}

    std::string blocks(const std::vector<Block>& blocks) {
        std::string out;
        for (const auto& block : blocks) {
            std::string text = this->block(block);
            if (text.empty()) continue;
            if (!out.empty()) out += '\n';
            out += text;
        }
        return out;
    }

  private:
    std::string block(const Block& block) {
        switch (block.kind) {
            case BlockKind::Heading:
                return std::string(static_cast<std::size_t>(block.level), '#') + " " +
                       inline_text(block.inlines) + "\n";
            case BlockKind::Paragraph:
                return inline_text(block.inlines) + "\n";
            case BlockKind::NumberedParagraph: {
                // The number is the paragraph's own (the brief cites "Decl. ¶ 12").
                const std::string marker = std::to_string(block.number) + ". ";
                return prefixed(inline_text(block.inlines), marker,
                                std::string(marker.size(), ' '));
            }
            case BlockKind::BlockQuote:
                return prefixed(blocks(block.children), "> ", "> ");
            case BlockKind::List:
                return list(block);
            case BlockKind::Table:
                return table(block.table);
            case BlockKind::PageBreak:
                return "";  // pages are the PDF's and DOCX's
            case BlockKind::ThematicBreak:
                return "***\n";
            case BlockKind::SignatureBlock: {
                std::string out;
                for (std::size_t i = 0; i < block.lines.size(); ++i)
                    out +=
                        inline_text(block.lines[i]) + (i + 1 < block.lines.size() ? "\\\n" : "\n");
                return out;
            }
            case BlockKind::CoverPage:
                return blocks(block.children);
            case BlockKind::TableOfContents:
                return table_of_contents();
            case BlockKind::TableOfAuthorities:
                return table_of_authorities();
            case BlockKind::CodeBlock:
                return "```\n" + block.text + (block.text.ends_with('\n') ? "" : "\n") + "```\n";
        }
        return "";
    }

    std::string list(const Block& block) {
        std::string out;
        int number = block.start;
        for (const auto& item : block.items) {
            const std::string marker = block.ordered ? std::to_string(number++) + ". " : "- ";
            if (!out.empty()) out += '\n';
            out += prefixed(blocks(item), marker, std::string(marker.size(), ' '));
        }
        return out;
    }

    std::string table(const document::Table& table) {
        if (table.header.empty()) return "";
        std::string out = table_row(table.header);
        out += alignment_row(table.column_align, table.header.size());
        for (const auto& row : table.rows) out += table_row(row);
        return out;
    }

    // The headings of levels 1-3, as the PDF lists them, indented by level.
    std::string table_of_contents() {
        std::string out = "# Table of Contents\n\n";
        collect_headings(document_.blocks, out);
        return out;
    }

    void collect_headings(const std::vector<Block>& blocks, std::string& out) {
        for (const auto& block : blocks) {
            if (block.kind == BlockKind::Heading && block.level <= 3) {
                out += std::string(static_cast<std::size_t>(block.level - 1) * 2, ' ') + "- " +
                       inline_text(block.inlines) + "\n";
            }
            collect_headings(block.children, out);
        }
    }

    std::string table_of_authorities() {
        std::string out = "# Table of Authorities\n";
        std::string category;
        for (const auto& entry : document_.authorities) {
            if (entry.category != category) {
                category = entry.category;
                out += "\n## " + escaped(category, LineStart::No, false) + "\n\n";
            }
            out += "- " + inline_text(entry.citation) + "\n";
        }
        return out;
    }

    const document::Document& document_;
};

}  // namespace

std::string write_markdown(const document::Document& document) {
    return BlockWriter(document).blocks(document.blocks);
}

}  // namespace amparo::markdown

// Block conversion and the directive state machine (cover region, centred, signature, numbered).
#include "document/from_commonmark.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <map>
#include <memory>

#include "document/directive.hpp"
#include "document/inline_conversion.hpp"
#include "document/outline_numbers.hpp"
#include "document/plain_text.hpp"

namespace amparo::document {

namespace {

using detail::convert_inlines;
using detail::Directive;

struct NodeDeleter {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct ParserDeleter {
    void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

SourcePos position_of(cmark_node* node) {
    return {cmark_node_get_start_line(node), cmark_node_get_start_column(node)};
}

std::string type_name(cmark_node* node) { return cmark_node_get_type_string(node); }

class BlockConverter {
  public:
    BlockConverter(const std::string& source, Diagnostics& problems)
        : source_(source), problems_(problems) {}

    // Converts the children of a container (the document, a quote, a list item).
    std::vector<Block> convert_children(cmark_node* parent, bool top_level) {
        std::vector<Block> blocks;
        for (cmark_node* node = cmark_node_first_child(parent); node;
             node = cmark_node_next(node)) {
            if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
                handle_html(node, top_level, blocks);
                continue;
            }
            convert_block(node, blocks);
        }
        return blocks;
    }

    void finish(std::vector<Block>& blocks) {
        if (cover_) {
            problem(cover_->pos, "`<!-- amparo:cover -->` is never closed",
                    "add `<!-- amparo:end-cover -->` after the cover page's last line");
            blocks.push_back(std::move(*cover_));
            cover_.reset();
        }
    }

  private:
    void problem(SourcePos pos, std::string message, std::string hint) {
        problems_.push_back({source_, pos.line, pos.column, Severity::Error, "", std::move(message),
                             std::move(hint)});
    }

    // Where the next converted block goes: inside an open cover region, or at the top.
    std::vector<Block>& target(std::vector<Block>& blocks) {
        return cover_ ? cover_->children : blocks;
    }

    void handle_html(cmark_node* node, bool top_level, std::vector<Block>& blocks) {
        const char* literal = cmark_node_get_literal(node);
        auto match = detail::match_directive(literal ? literal : "");
        SourcePos pos = position_of(node);
        if (!match) {
            problem(pos, "raw HTML is not part of a filing and was left out",
                    "use CommonMark, or an `<!-- amparo:... -->` directive");
            return;
        }
        if (!match->directive) {
            problem(pos, "unknown directive `amparo:" + match->name + "`",
                    "known directives: page-break, toc, toa, cover, end-cover, center, right, "
                    "signature, numbered");
            return;
        }
        if (!top_level && *match->directive != Directive::Center &&
            *match->directive != Directive::Right) {
            problem(pos, "directive `amparo:" + match->name + "` inside a quote or list",
                    "put it on its own line at the top level of the document");
            return;
        }
        auto simple = [&](BlockKind kind) {
            Block block;
            block.kind = kind;
            block.pos = pos;
            target(blocks).push_back(std::move(block));
        };
        switch (*match->directive) {
            case Directive::PageBreak:
                simple(BlockKind::PageBreak);
                break;
            case Directive::Toc:
                simple(BlockKind::TableOfContents);
                break;
            case Directive::Toa:
                simple(BlockKind::TableOfAuthorities);
                break;
            case Directive::Cover:
                if (cover_) {
                    problem(pos, "a cover page inside a cover page",
                            "close the first one with "
                            "`<!-- amparo:end-cover -->`");
                    break;
                }
                cover_ = std::make_unique<Block>();
                cover_->kind = BlockKind::CoverPage;
                cover_->pos = pos;
                break;
            case Directive::EndCover:
                if (!cover_) {
                    problem(pos, "`amparo:end-cover` without `amparo:cover`",
                            "remove it, or open the cover page before it");
                    break;
                }
                blocks.push_back(std::move(*cover_));
                cover_.reset();
                break;
            case Directive::Center:
            case Directive::Right:
                pending_ = *match->directive;
                pending_pos_ = pos;
                break;
            case Directive::Signature:
            case Directive::Numbered:
                pending_ = *match->directive;
                pending_pos_ = pos;
                break;
        }
    }

    // A directive that applies to the next block must find the kind of block it expects.
    bool take_pending(Directive directive) {
        if (pending_ == directive) {
            pending_.reset();
            return true;
        }
        return false;
    }

    void check_pending_unused(const char* block_kind) {
        if (!pending_) return;
        problem(pending_pos_,
                std::string("this directive applies to the next ") +
                    (*pending_ == Directive::Numbered ? "ordered list" : "paragraph") + ", but a " +
                    block_kind + " follows",
                "move the directive directly above the block it is for");
        pending_.reset();
    }

    void convert_block(cmark_node* node, std::vector<Block>& blocks) {
        Block block;
        block.pos = position_of(node);
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_PARAGRAPH:
                block.inlines = convert_inlines(node);
                if (take_pending(Directive::Signature)) {
                    block.kind = BlockKind::SignatureBlock;
                    block.lines = split_lines(block.inlines);
                    block.inlines.clear();
                } else {
                    block.kind = BlockKind::Paragraph;
                    if (take_pending(Directive::Center)) block.align = Align::Center;
                    if (take_pending(Directive::Right)) block.align = Align::Right;
                    check_pending_unused("paragraph");
                }
                break;
            case CMARK_NODE_HEADING:
                check_pending_unused("heading");
                block.kind = BlockKind::Heading;
                block.level = cmark_node_get_heading_level(node);
                block.inlines = convert_inlines(node);
                block.anchor = unique_anchor(slug(plain_text(block.inlines)));
                break;
            case CMARK_NODE_BLOCK_QUOTE:
                check_pending_unused("block quote");
                block.kind = BlockKind::BlockQuote;
                block.children = convert_children(node, false);
                break;
            case CMARK_NODE_LIST:
                if (take_pending(Directive::Numbered)) {
                    append_numbered_paragraphs(node, target(blocks));
                    return;
                }
                check_pending_unused("list");
                block.kind = BlockKind::List;
                block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
                block.start = block.ordered ? cmark_node_get_list_start(node) : 1;
                for (cmark_node* item = cmark_node_first_child(node); item;
                     item = cmark_node_next(item)) {
                    block.items.push_back(convert_children(item, false));
                }
                break;
            case CMARK_NODE_CODE_BLOCK:
                check_pending_unused("code block");
                block.kind = BlockKind::CodeBlock;
                block.text = cmark_node_get_literal(node);
                break;
            case CMARK_NODE_THEMATIC_BREAK:
                check_pending_unused("horizontal rule");
                block.kind = BlockKind::ThematicBreak;
                break;
            default:
                if (type_name(node) == "table") {
                    check_pending_unused("table");
                    block.kind = BlockKind::Table;
                    block.table = convert_table(node);
                    break;
                }
                return;  // nothing else reaches a filing
        }
        target(blocks).push_back(std::move(block));
    }

    // Each item of a numbered list becomes a NumberedParagraph keeping its number; anything
    // after the item's first paragraph (a quoted threat) follows it as its own block.
    void append_numbered_paragraphs(cmark_node* list, std::vector<Block>& blocks) {
        if (cmark_node_get_list_type(list) != CMARK_ORDERED_LIST) {
            problem(position_of(list), "`amparo:numbered` must be followed by an ordered list",
                    "number the paragraphs: `12. I was born ...`");
        }
        int number = cmark_node_get_list_start(list);
        for (cmark_node* item = cmark_node_first_child(list); item;
             item = cmark_node_next(item), ++number) {
            std::vector<Block> content = convert_children(item, false);
            Block paragraph;
            paragraph.kind = BlockKind::NumberedParagraph;
            paragraph.number = number;
            paragraph.pos = position_of(item);
            auto rest = content.begin();
            if (rest != content.end() && rest->kind == BlockKind::Paragraph) {
                paragraph.inlines = std::move(rest->inlines);
                ++rest;
            }
            blocks.push_back(std::move(paragraph));
            for (; rest != content.end(); ++rest) blocks.push_back(std::move(*rest));
        }
    }

    static std::vector<std::vector<Inline>> split_lines(const std::vector<Inline>& inlines) {
        std::vector<std::vector<Inline>> lines(1);
        for (const auto& node : inlines) {
            if (node.kind == InlineKind::SoftBreak || node.kind == InlineKind::LineBreak) {
                lines.emplace_back();
            } else {
                lines.back().push_back(node);
            }
        }
        return lines;
    }

    static Table convert_table(cmark_node* node) {
        Table table;
        uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
        uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(node);
        for (uint16_t c = 0; c < columns; ++c) {
            switch (alignments ? alignments[c] : 0) {
                case 'c':
                    table.column_align.push_back(Align::Center);
                    break;
                case 'r':
                    table.column_align.push_back(Align::Right);
                    break;
                default:
                    table.column_align.push_back(Align::Left);
            }
        }
        for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
            std::vector<TableCell> cells;
            for (cmark_node* cell = cmark_node_first_child(row); cell;
                 cell = cmark_node_next(cell)) {
                cells.push_back(TableCell{convert_inlines(cell)});
            }
            cells.resize(columns);
            if (cmark_gfm_extensions_get_table_row_is_header(row)) {
                table.header = std::move(cells);
            } else {
                table.rows.push_back(std::move(cells));
            }
        }
        return table;
    }

    std::string unique_anchor(const std::string& base) {
        int& seen = anchors_[base];
        ++seen;
        return seen == 1 ? base : base + "-" + std::to_string(seen);
    }

    const std::string& source_;
    Diagnostics& problems_;
    std::unique_ptr<Block> cover_;
    std::optional<Directive> pending_;
    SourcePos pending_pos_;
    std::map<std::string, int> anchors_;
};

}  // namespace

ParseResult parse_commonmark(std::string_view text, const std::string& source_name) {
    cmark_gfm_core_extensions_ensure_registered();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    if (cmark_syntax_extension* table = cmark_find_syntax_extension("table")) {
        cmark_parser_attach_syntax_extension(parser.get(), table);
    }
    cmark_parser_feed(parser.get(), text.data(), text.size());
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));

    ParseResult result;
    BlockConverter converter(source_name, result.problems);
    result.document.blocks = converter.convert_children(root.get(), true);
    converter.finish(result.document.blocks);
    number_outline_headings(result.document.blocks, source_name, result.problems);
    return result;
}

}  // namespace amparo::document

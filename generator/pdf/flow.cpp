// One function per kind of block; all of them emit lines through add_text_block.
#include "pdf/flow.hpp"

#include <algorithm>
#include <set>

#include "document/plain_text.hpp"

namespace amparo::pdf::detail {

namespace {

using document::Align;
using document::Block;
using document::BlockKind;

constexpr double kIndent = 36;  // half an inch: hanging numbers, list items

// The box drawn behind a placeholder word so a reviewer cannot miss it.
Mark highlight(double x, double baseline, double width, double size) {
    Mark mark;
    mark.kind = Mark::Kind::Highlight;
    mark.x = x - 1;
    mark.dy = baseline - size * 0.85;
    mark.w = width + 2;
    mark.h = size * 1.1;
    return mark;
}

class FlowBuilder {
  public:
    FlowBuilder(const profile::CourtProfile& profile, const Measure& measure,
                const PageFacts& facts)
        : profile_(profile), measure_(measure), facts_(facts) {
        left_ = profile.margin_left;
        width_ = profile.page_width - profile.margin_left - profile.margin_right;
    }

    std::vector<FlowItem> take() { return std::move(items_); }

    void blocks(const std::vector<Block>& blocks, const document::Document& document) {
        for (const auto& block : blocks) this->block(block, document);
    }

  private:
    Measure scaled(double size) const {
        double factor = size / profile_.font_size;
        return [this, factor](const std::string& text, int style) {
            return measure_(text, style) * factor;
        };
    }

    double single(double size) const { return profile_.single_line_pitch(size); }
    double body_height() const { return profile_.body_line_pitch(); }

    struct TextStyle {
        double size = 12;
        double line_height = 24;
        int base_style = kRegular;
        double indent_left = 0;  // from the content's left edge
        double indent_right = 0;
        double first_line_indent = 0;
        Align align = Align::Left;
        double space_before = 0;
        bool keep_with_next = false;
    };

    // Lays out inlines as lines and appends them; returns the index of the first item.
    std::size_t add_text_block(const std::vector<document::Inline>& inlines, const TextStyle& style,
                               const std::string& prefix = "") {
        std::vector<Piece> pieces = pieces_of(inlines, style.base_style);
        double width = width_ - style.indent_left - style.indent_right;
        auto measure = scaled(style.size);
        bool justify = style.align == Align::Justify;
        // The first-line indent is a leading spacer the line breaker measures like a word.
        if (style.first_line_indent > 0 && !pieces.empty()) {
            Piece spacer;
            spacer.text = "";
            pieces.insert(pieces.begin(), spacer);
        }
        auto lines = break_lines(
            std::move(pieces), width,
            [&](const std::string& text, int font_style) {
                return text.empty() ? style.first_line_indent : measure(text, font_style);
            },
            justify);
        int paragraph = next_paragraph_++;
        std::size_t first = items_.size();
        for (std::size_t i = 0; i < lines.size(); ++i) {
            FlowItem item;
            item.height = style.line_height;
            if (i == 0) {
                item.space_before = std::max(style.space_before, space_after_group_);
                space_after_group_ = 0;
            }
            item.keep_with_next = style.keep_with_next;
            item.paragraph = paragraph;
            item.line_in_paragraph = static_cast<int>(i);
            item.paragraph_lines = static_cast<int>(lines.size());
            item.on_cover = on_cover_;
            double offset = left_ + style.indent_left;
            if (style.align == Align::Center) offset += (width - lines[i].width) / 2;
            if (style.align == Align::Right) offset += width - lines[i].width;
            double baseline = style.size * 0.95;
            // Marks left of the text (a paragraph number) are never merged with it.
            double number_end = offset - 1;
            if (i == 0 && !prefix.empty()) {
                Mark number;
                number.piece.text = prefix;
                number.piece.style = style.base_style;
                // Half an inch before where the first line's text starts: at the margin for a
                // hanging number, at the first-line indent for a declaration's.
                number.x = left_ + style.indent_left + style.first_line_indent - kIndent;
                number.dy = baseline;
                number.size = style.size;
                number_end = std::max(number_end, number.x);
                item.marks.push_back(std::move(number));
            }
            for (auto& piece : lines[i].pieces) {
                if (piece.text.empty()) continue;
                if (piece.placeholder) {
                    item.marks.push_back(
                        highlight(offset + piece.x, baseline, piece.width, style.size));
                }
                // Unless the line is justified, words of one style go out as one string: each
                // separate string costs the page a text object.
                if (!justify && !item.marks.empty() && item.marks.back().kind == Mark::Kind::Text &&
                    item.marks.back().piece.style == piece.style &&
                    item.marks.back().piece.authority == piece.authority &&
                    !item.marks.back().piece.placeholder && !piece.placeholder &&
                    item.marks.back().x > number_end) {
                    Piece& previous = item.marks.back().piece;
                    if (piece.space_before) previous.text += ' ';
                    previous.text += piece.text;
                    previous.width = offset + piece.x + piece.width - item.marks.back().x;
                    continue;
                }
                Mark& text = item.marks.emplace_back();
                text.x = offset + piece.x;
                text.dy = baseline;
                text.size = style.size;
                text.piece = std::move(piece);  // the lines are this function's own
            }
            items_.push_back(std::move(item));
        }
        return first;
    }

    TextStyle body() const {
        TextStyle style;
        style.size = profile_.font_size;
        style.line_height = body_height();
        style.align = profile_.justify && !on_cover_ ? Align::Justify : Align::Left;
        return style;
    }

    TextStyle single_spaced(double indent_left, double indent_right) const {
        TextStyle style = body();
        style.line_height = single(style.size) * profile_.quote_line_spacing;
        style.indent_left = indent_left;
        style.indent_right = indent_right;
        style.space_before = single(style.size) * 0.5;
        return style;
    }

    void heading(const Block& block) {
        TextStyle style = body();
        style.line_height = single(style.size);
        style.space_before = profile_.heading_space_before;
        style.keep_with_next = true;
        style.align = block.level == 1 ? Align::Center : Align::Left;
        style.base_style = block.level <= 2 ? kBold : block.level == 3 ? kBoldItalic : kItalic;
        std::size_t first = add_text_block(block.inlines, style);
        items_[first].heading_level = block.level;
        items_[first].anchor = block.anchor;
        items_[first].heading_text = document::plain_text(block.inlines);
        space_after_group_ = profile_.heading_space_after;
    }

    void paragraph(const Block& block) {
        TextStyle style = body();
        if (block.align == Align::Center || block.align == Align::Right) style.align = block.align;
        if (on_cover_) {
            // Cover lines are single-spaced blocks set apart; those the template does not
            // align (the filer's block) follow the profile.
            style.line_height = single(style.size);
            style.space_before = profile_.cover_block_space;
            if (block.align == Align::Left && profile_.cover_align == profile::CoverAlign::Center)
                style.align = Align::Center;
        } else if (style.align == Align::Left || style.align == Align::Justify) {
            style.first_line_indent = profile_.first_line_indent;
        }
        add_text_block(block.inlines, style);
    }

    // A declaration's numbered paragraph as the DOCX sets it (docx/numbering.cpp): the number at
    // the first-line indent, the text from a tab half an inch further, the lines after it from
    // the margin.
    void numbered(const Block& block) {
        TextStyle style = body();
        style.first_line_indent = 2 * kIndent;
        add_text_block(block.inlines, style, std::to_string(block.number) + ".");
    }

    // Each paragraph of a quote is set off by the profile's space above and below it; between
    // two of them the larger counts, as in Word.
    void quote(const Block& block, const document::Document& document) {
        double saved_left = left_;
        double saved_width = width_;
        left_ += profile_.quote_indent_left;
        width_ -= profile_.quote_indent_left + profile_.quote_indent_right;
        for (const auto& child : block.children) {
            if (child.kind == BlockKind::Paragraph) {
                TextStyle style = single_spaced(0, 0);
                style.space_before = profile_.quote_space_before;
                add_text_block(child.inlines, style);
            } else {
                this->block(child, document);
            }
            space_after_group_ = profile_.quote_space_after;
        }
        left_ = saved_left;
        width_ = saved_width;
    }

    void list(const Block& block, const document::Document& document) {
        int number = block.start;
        for (const auto& item : block.items) {
            std::string marker = block.ordered ? std::to_string(number++) + "." : "•";
            bool first = true;
            for (const auto& child : item) {
                if (child.kind == BlockKind::Paragraph) {
                    TextStyle style = single_spaced(kIndent, 0);
                    style.space_before = profile_.list_item_space;
                    add_text_block(child.inlines, style, first ? marker : "");
                } else {
                    this->block(child, document);
                }
                first = false;
            }
        }
        // Set off from what follows, so the body paragraph after it does not read as an item.
        space_after_group_ = profile_.list_space_after;
    }

    void signature(const Block& block) {
        TextStyle style = single_spaced(width_ / 2, 0);
        style.align = Align::Left;
        style.space_before = profile_.signature_space;  // room to sign above the block
        style.keep_with_next = true;
        for (std::size_t i = 0; i < block.lines.size(); ++i) {
            if (i + 1 == block.lines.size()) style.keep_with_next = false;
            add_text_block(block.lines[i], style);
            style.space_before = 0;
        }
    }

    void rule() {
        FlowItem item;
        item.height = single(profile_.font_size);
        Mark line;
        line.kind = Mark::Kind::Rule;
        line.x = left_ + width_ / 4;
        line.w = width_ / 2;
        line.dy = item.height / 2;
        item.marks.push_back(line);
        items_.push_back(item);
    }

    void page_break() {
        FlowItem item;
        item.break_before = true;
        items_.push_back(item);
    }

    void table(const Block& block) {
        const auto& table = block.table;
        std::size_t columns = table.column_align.size();
        if (columns == 0) return;
        // Table text at the body's size (a court's minimum size is for all text) and spacing.
        double size = profile_.font_size;
        auto measure = scaled(size);
        const double pad_x = profile_.table_cell_padding;
        const double pad_y = profile_.table_row_padding;
        const double line_height = profile_.quote_line_pitch();
        // Column widths in proportion to their longest cell (at least a short word each).
        std::vector<double> natural(columns, measure("Pages", kBold));
        // A column is never narrower than its longest word (plus the cell's padding).
        std::vector<double> widest_word(columns, 0);
        auto consider = [&](const std::vector<document::TableCell>& row, int style) {
            for (std::size_t c = 0; c < columns && c < row.size(); ++c) {
                natural[c] =
                    std::max(natural[c], measure(document::plain_text(row[c].inlines), style));
                for (const auto& piece : pieces_of(row[c].inlines, style)) {
                    widest_word[c] =
                        std::max(widest_word[c], measure(piece.text, piece.style) + 2 * pad_x);
                }
            }
        };
        consider(table.header, kBold);  // headers print bold (row_item)
        for (const auto& row : table.rows) consider(row, kRegular);
        // A word wider than half the table (a URL) is broken inside its cell (break_lines); it
        // must not keep the other columns from their own longest words.
        for (double& word : widest_word) word = std::min(word, width_ / 2);
        double total = 0;
        for (double w : natural) total += w;
        std::vector<double> widths(columns);
        for (std::size_t c = 0; c < columns; ++c) {
            widths[c] = std::max(width_ * 0.08, width_ * natural[c] / std::max(total, 1.0));
        }
        double sum = 0;
        for (double w : widths) sum += w;
        for (double& w : widths) w *= width_ / sum;
        // Widen columns whose longest word does not fit, taking the room from the widest column.
        for (std::size_t c = 0; c < columns; ++c) {
            double missing = widest_word[c] - widths[c];
            if (missing <= 0) continue;
            auto widest = std::max_element(widths.begin(), widths.end());
            if (*widest - missing < widest_word[static_cast<std::size_t>(widest - widths.begin())])
                continue;
            *widest -= missing;
            widths[c] += missing;
        }
        int id = next_table_++;
        auto row_item = [&](const std::vector<document::TableCell>& row, bool header) {
            FlowItem item;
            item.table = id;
            item.table_header = header;
            item.on_cover = on_cover_;
            double x = left_;
            std::vector<std::vector<TextLine>> cells(columns);
            std::size_t most = 1;
            for (std::size_t c = 0; c < columns; ++c) {
                std::vector<Piece> pieces =
                    c < row.size() ? pieces_of(row[c].inlines, header ? kBold : kRegular)
                                   : std::vector<Piece>{};
                cells[c] = break_lines(std::move(pieces), widths[c] - 2 * pad_x, measure, false);
                most = std::max(most, cells[c].size());
            }
            item.height = static_cast<double>(most) * line_height + 2 * pad_y;
            for (std::size_t c = 0; c < columns; ++c) {
                Mark box;
                box.kind = Mark::Kind::Box;
                box.x = x;
                box.w = widths[c];
                box.h = item.height;
                item.marks.push_back(box);
                for (std::size_t l = 0; l < cells[c].size(); ++l) {
                    auto& line = cells[c][l];
                    double offset = x + pad_x;
                    auto align = table.column_align[c];
                    if (align == Align::Center) offset = x + (widths[c] - line.width) / 2;
                    if (align == Align::Right) offset = x + widths[c] - pad_x - line.width;
                    const double baseline =
                        pad_y + static_cast<double>(l) * line_height + size * 0.95;
                    for (auto& piece : line.pieces) {
                        if (piece.placeholder) {
                            item.marks.push_back(
                                highlight(offset + piece.x, baseline, piece.width, size));
                        }
                        Mark& text = item.marks.emplace_back();
                        text.x = offset + piece.x;
                        text.dy = baseline;
                        text.size = size;
                        text.piece = std::move(piece);
                    }
                }
                x += widths[c];
            }
            items_.push_back(std::move(item));
        };
        const std::size_t first_row = items_.size();
        if (!table.header.empty()) row_item(table.header, true);
        for (const auto& row : table.rows) row_item(row, false);
        if (first_row == items_.size()) return;
        // Set off from the text around it; on a cover the caption box is a block of its own,
        // set apart like the others.
        items_[first_row].space_before =
            on_cover_ ? profile_.cover_block_space
                      : std::max(profile_.table_space_before, space_after_group_);
        space_after_group_ = profile_.table_space_after;
    }

    // A level-1 heading the writer adds itself (it is in the outline, not in the TOC).
    void section_title(const std::string& text, const std::string& anchor) {
        Block title;
        title.kind = BlockKind::Heading;
        title.level = 1;
        title.inlines = {{document::InlineKind::Text, text, "", {}}};
        title.anchor = anchor;
        heading(title);
    }

    void table_of_contents(const document::Document& document) {
        section_title("Table of Contents", "table-of-contents");
        collect_toc(document.blocks);
    }

    void collect_toc(const std::vector<Block>& blocks) {
        for (const auto& block : blocks) {
            if (block.kind == BlockKind::Heading && block.level <= 3) {
                auto found = facts_.heading_page.find(block.anchor);
                std::string page =
                    found == facts_.heading_page.end() ? "0" : std::to_string(found->second);
                std::size_t first = leader_line(block.inlines, page, (block.level - 1) * 18.0);
                items_[first].link_to = block.anchor;
            }
            collect_toc(block.children);
        }
    }

    // "Title ........ 12": the title wraps if needed; the last line carries leaders and number.
    std::size_t leader_line(const std::vector<document::Inline>& inlines, const std::string& page,
                            double indent) {
        TextStyle style = single_spaced(indent, 36);
        style.align = Align::Left;
        style.space_before = single(style.size) * 0.3;
        std::size_t first = add_text_block(inlines, style);
        FlowItem& last = items_.back();
        double text_end = left_ + indent;
        for (const auto& mark : last.marks) {
            if (mark.kind == Mark::Kind::Text)
                text_end = std::max(text_end, mark.x + mark.piece.width);
        }
        double right = left_ + width_;
        double number_width = measure_(page, kRegular);
        double dot = measure_(".", kRegular) + 2;
        Mark number;
        number.piece.text = page;
        number.piece.width = number_width;
        number.x = right - number_width;
        number.dy = profile_.font_size * 0.95;
        number.size = profile_.font_size;
        last.marks.push_back(number);
        for (double x = right - number_width - 2 * dot; x > text_end + dot; x -= dot) {
            Mark leader = number;
            leader.piece.text = ".";
            leader.x = x;
            last.marks.push_back(leader);
        }
        return first;
    }

    void table_of_authorities(const document::Document& document) {
        section_title("Table of Authorities", "table-of-authorities");
        std::string category;
        for (const auto& entry : document.authorities) {
            if (entry.category != category) {
                category = entry.category;
                TextStyle style = single_spaced(0, 0);
                style.base_style = kBold;
                style.align = Align::Left;
                style.space_before = single(style.size);
                style.keep_with_next = true;
                add_text_block({{document::InlineKind::Text, category, "", {}}}, style);
            }
            std::string pages;
            auto found = facts_.authority_pages.find(entry.key);
            if (found != facts_.authority_pages.end()) {
                for (int page : found->second)
                    pages += (pages.empty() ? "" : ", ") + std::to_string(page);
            }
            leader_line(entry.citation, pages.empty() ? "0" : pages, 18);
        }
    }

    void block(const Block& block, const document::Document& document) {
        switch (block.kind) {
            case BlockKind::Heading:
                heading(block);
                break;
            case BlockKind::Paragraph:
                paragraph(block);
                break;
            case BlockKind::NumberedParagraph:
                numbered(block);
                break;
            case BlockKind::BlockQuote:
                quote(block, document);
                break;
            case BlockKind::List:
                list(block, document);
                break;
            case BlockKind::Table:
                table(block);
                break;
            case BlockKind::PageBreak:
                page_break();
                break;
            case BlockKind::ThematicBreak:
                rule();
                break;
            case BlockKind::SignatureBlock:
                signature(block);
                break;
            case BlockKind::CodeBlock:
                add_text_block({{document::InlineKind::Text, block.text, "", {}}},
                               single_spaced(kIndent, 0));
                break;
            case BlockKind::CoverPage:
                on_cover_ = true;
                blocks(block.children, document);
                on_cover_ = false;
                page_break();
                break;
            case BlockKind::TableOfContents:
                page_break();
                table_of_contents(document);
                break;
            case BlockKind::TableOfAuthorities:
                page_break();
                table_of_authorities(document);
                break;
        }
    }

    const profile::CourtProfile& profile_;
    const Measure& measure_;
    const PageFacts& facts_;
    std::vector<FlowItem> items_;
    double left_ = 72;
    double width_ = 468;
    bool on_cover_ = false;
    double space_after_group_ = 0;
    int next_paragraph_ = 0;
    int next_table_ = 0;
};

}  // namespace

std::vector<FlowItem> build_flow(const document::Document& document,
                                 const profile::CourtProfile& profile,
                                 const Measure& measure_at_body_size, const PageFacts& facts) {
    FlowBuilder builder(profile, measure_at_body_size, facts);
    builder.blocks(document.blocks, document);
    return builder.take();
}

}  // namespace amparo::pdf::detail

// Writes <w:tbl>: grid widths from the contents, a repeating header row, aligned cells.
#include "docx/table.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "docx/paragraph.hpp"
#include "docx/runs.hpp"

namespace amparo::docx::detail {
namespace {

using document::Align;
using document::Table;
using document::TableCell;

std::size_t column_count(const Table& table) {
    std::size_t count = std::max(table.header.size(), table.column_align.size());
    for (const auto& row : table.rows) count = std::max(count, row.size());
    return count;
}

// Characters, not bytes: "Dirección" is nine.
std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// The longest word of a cell, in characters.
std::size_t longest_word(std::string_view text) {
    std::size_t longest = 0;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find(' '), text.size());
        longest = std::max(longest, characters(text.substr(0, end)));
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return longest;
}

// Columns share the text width in proportion to their longest cell, within bounds, so the
// exhibit letter and page columns stay narrow and the description gets the room; as in the PDF,
// a column is then widened to its longest word (a bold "Pages" must not break letter by letter),
// taking the room from the widest column.
std::vector<int> column_widths(const Table& table, std::size_t columns, int text_width,
                               const TextDefaults& text) {
    constexpr std::size_t narrowest = 4;
    constexpr std::size_t widest = 40;
    // No font metrics here: a serif face's characters average about half an em, bold capitals
    // more; 0.6 em (6 twips per half point of size) errs wide.
    const auto word_twips = [&](std::size_t length) {
        const int needed =
            static_cast<int>(length) * text.font_half_points * 6 + 2 * text.table_cell_padding;
        return std::min(needed, text_width / 2);  // a URL is broken inside its cell
    };
    std::vector<std::size_t> weights(columns, narrowest);
    std::vector<int> word_widths(columns, 0);
    const auto weigh = [&](const std::vector<TableCell>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::string cell = plain_text(row[c].inlines);
            weights[c] = std::max(weights[c], std::min(characters(cell), widest));
            word_widths[c] = std::max(word_widths[c], word_twips(longest_word(cell)));
        }
    };
    weigh(table.header);
    for (const auto& row : table.rows) weigh(row);
    std::size_t total = 0;
    for (const std::size_t weight : weights) total += weight;
    std::vector<int> widths;
    for (const std::size_t weight : weights) {
        widths.push_back(static_cast<int>(static_cast<std::size_t>(text_width) * weight / total));
    }
    for (std::size_t c = 0; c < columns; ++c) {
        const int missing = word_widths[c] - widths[c];
        if (missing <= 0) continue;
        const auto widest_column = std::max_element(widths.begin(), widths.end());
        const auto from = static_cast<std::size_t>(widest_column - widths.begin());
        if (*widest_column - missing < word_widths[from]) continue;
        *widest_column -= missing;
        widths[c] += missing;
    }
    return widths;
}

void write_cell(XmlWriter& xml, const TableCell* cell, int width, Align align, bool is_header,
                BodyContext& context) {
    xml.start("w:tc");
    xml.start("w:tcPr");
    xml.start("w:tcW");
    xml.attribute("w:w", width);
    xml.attribute("w:type", "dxa");
    xml.end();
    xml.end();
    ParagraphProperties properties;
    properties.style = is_header ? style::table_heading : style::table_text;
    properties.align = align;
    start_paragraph(xml, properties, context.styles);
    if (cell != nullptr) write_inlines(xml, cell->inlines, context);
    xml.end();  // w:p: a cell must hold at least one paragraph, even when empty
    xml.end();
}

void write_row(XmlWriter& xml, const std::vector<TableCell>& row, const Table& table,
               const std::vector<int>& widths, bool is_header, BodyContext& context) {
    xml.start("w:tr");
    xml.start("w:trPr");
    xml.empty("w:cantSplit");
    if (is_header) xml.empty("w:tblHeader");  // repeats at the top of each page
    xml.end();
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const Align align = c < table.column_align.size() ? table.column_align[c] : Align::Left;
        write_cell(xml, c < row.size() ? &row[c] : nullptr, widths[c], align, is_header, context);
    }
    xml.end();
}

}  // namespace

void write_table(XmlWriter& xml, const Table& table, BodyContext& context) {
    const std::size_t columns = column_count(table);
    if (columns == 0) return;
    const std::vector<int> widths = column_widths(table, columns, context.text_width, context.text);
    xml.start("w:tbl");
    xml.start("w:tblPr");
    xml.empty("w:tblStyle", "w:val", context.styles(style::table_grid));
    xml.start("w:tblW");
    xml.attribute("w:w", context.text_width);
    xml.attribute("w:type", "dxa");
    xml.end();
    xml.empty("w:tblLayout", "w:type", "fixed");
    xml.start("w:tblLook");
    xml.attribute("w:val", "0420");
    xml.attribute("w:firstRow", 1);
    xml.attribute("w:lastRow", 0);
    xml.attribute("w:firstColumn", 0);
    xml.attribute("w:lastColumn", 0);
    xml.attribute("w:noHBand", 0);
    xml.attribute("w:noVBand", 1);
    xml.end();
    xml.end();
    xml.start("w:tblGrid");
    for (const int width : widths) xml.empty("w:gridCol", "w:w", width);
    xml.end();
    if (!table.header.empty()) write_row(xml, table.header, table, widths, true, context);
    for (const auto& row : table.rows) write_row(xml, row, table, widths, false, context);
    xml.end();
}

}  // namespace amparo::docx::detail

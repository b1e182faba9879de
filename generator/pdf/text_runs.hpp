// Inline text as measured pieces, and greedy line breaking on measured glyph widths.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "document/model.hpp"

namespace amparo::pdf::detail {

enum FontStyle { kRegular = 0, kBold = 1, kItalic = 2, kBoldItalic = 3 };

struct Piece {
    std::string text;
    int style = kRegular;
    bool placeholder = false;
    bool space_before = false;  // a breakable space precedes this piece
    bool break_before = false;  // a line may end before this piece though no space precedes it
    bool forced_break = false;  // a hard line break (the piece has no text)
    std::string authority;      // registry key when the piece is part of a citation
    double width = 0;
    double x = 0;  // set by line breaking: offset from the line's left edge
};

struct TextLine {
    std::vector<Piece> pieces;
    double width = 0;  // natural width
    double space_width = 0;
    bool last = false;  // last line of its paragraph (never justified)
};

// Width of a text in a style at the current size.
using Measure = std::function<double(const std::string& text, int style)>;

// Inlines -> pieces split at spaces. `base_style` applies to all (bold headings).
std::vector<Piece> pieces_of(const std::vector<document::Inline>& inlines, int base_style);

// Breaks pieces into lines no wider than `width`. A word wider than a line (a URL, a long file
// name) is broken inside, after a '/', '-' or '_' where one fits and anywhere else otherwise, so
// nothing is drawn outside its box. Pieces get their x; with `justify`, every line but the last
// is stretched.
std::vector<TextLine> break_lines(std::vector<Piece> pieces, double width, const Measure& measure,
                                  bool justify);

}  // namespace amparo::pdf::detail

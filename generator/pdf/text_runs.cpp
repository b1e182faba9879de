// Flattening inlines and breaking lines.
#include "pdf/text_runs.hpp"

#include "pdf/utf8_decode.hpp"

namespace amparo::pdf::detail {

namespace {

void flatten(const std::vector<document::Inline>& inlines, int style, bool placeholder,
             const std::string& authority, std::vector<Piece>& out, bool& pending_space) {
    using document::InlineKind;
    auto add_text = [&](const std::string& text, int piece_style, bool is_placeholder) {
        std::size_t pos = 0;
        while (pos <= text.size()) {
            std::size_t space = text.find(' ', pos);
            const std::size_t end = space == std::string::npos ? text.size() : space;
            if (end > pos) {
                // Built in place: a copy per word was a good part of the layout's allocations.
                Piece& piece = out.emplace_back();
                piece.text.assign(text, pos, end - pos);
                piece.style = piece_style;
                piece.placeholder = is_placeholder;
                piece.space_before = pending_space;
                piece.authority = authority;
                pending_space = false;
            }
            if (space == std::string::npos) break;
            pending_space = true;
            pos = space + 1;
        }
    };
    for (const auto& node : inlines) {
        switch (node.kind) {
            case InlineKind::Text:
            case InlineKind::Code:
                add_text(node.text, style, placeholder);
                break;
            case InlineKind::SoftBreak:
                pending_space = true;
                break;
            case InlineKind::LineBreak: {
                out.emplace_back().forced_break = true;
                pending_space = false;
                break;
            }
            case InlineKind::Placeholder:
                add_text("[[TO COMPLETE: " + node.text + "]]", style | kBold, true);
                break;
            case InlineKind::Emphasis:
                flatten(node.children, style | kItalic, placeholder, authority, out, pending_space);
                break;
            case InlineKind::Strong:
                flatten(node.children, style | kBold, placeholder, authority, out, pending_space);
                break;
            case InlineKind::AuthorityRef:
                flatten(node.children, style, placeholder, node.target, out, pending_space);
                break;
            default:
                flatten(node.children, style, placeholder, authority, out, pending_space);
        }
    }
}

// Where `text` (wider than `width`) is cut into parts that each fit: after the last '/', '-' or
// '_' that fits, else after the last character that fits (at least one character per part).
std::vector<std::string> split_to_fit(const std::string& text, int style, double width,
                                      const Measure& measure) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < text.size()) {
        double used = 0;
        std::size_t at = start;
        std::size_t preferred = std::string::npos;  // just after a '/', '-' or '_'
        std::size_t fits = start;
        while (at < text.size()) {
            std::size_t next = at;
            next_code_point(text, next);
            used += measure(text.substr(at, next - at), style);
            if (used > width && fits > start) break;
            char c = text[at];
            at = next;
            fits = at;
            if (c == '/' || c == '-' || c == '_') preferred = at;
        }
        std::size_t cut = at >= text.size()                                     ? text.size()
                          : preferred != std::string::npos && preferred > start ? preferred
                                                                                : fits;
        parts.push_back(text.substr(start, cut - start));
        start = cut;
    }
    return parts;
}

// Words (runs of pieces with no space between them) wider than `width` may break between their
// pieces, and a piece wider than `width` is split into pieces that fit.
std::vector<Piece> break_wide_words(std::vector<Piece> pieces, double width,
                                    const Measure& measure) {
    std::vector<Piece> out;
    std::size_t i = 0;
    while (i < pieces.size()) {
        std::size_t end = i + 1;
        double word_width = pieces[i].width;
        while (end < pieces.size() && !pieces[end].space_before && !pieces[end].forced_break) {
            word_width += pieces[end].width;
            ++end;
        }
        for (std::size_t k = i; k < end; ++k) {
            Piece& piece = pieces[k];
            if (word_width <= width || piece.forced_break) {
                out.push_back(std::move(piece));
                continue;
            }
            piece.break_before = k > i;
            if (piece.width <= width) {
                out.push_back(std::move(piece));
                continue;
            }
            bool first = true;
            for (auto& part : split_to_fit(piece.text, piece.style, width, measure)) {
                Piece cut = piece;
                cut.text = std::move(part);
                cut.width = measure(cut.text, cut.style);
                cut.space_before = first && piece.space_before;
                cut.break_before = !first || piece.break_before;
                out.push_back(std::move(cut));
                first = false;
            }
        }
        i = end;
    }
    return out;
}

}  // namespace

std::vector<Piece> pieces_of(const std::vector<document::Inline>& inlines, int base_style) {
    std::vector<Piece> out;
    bool pending_space = false;
    flatten(inlines, base_style, false, "", out, pending_space);
    return out;
}

std::vector<TextLine> break_lines(std::vector<Piece> pieces, double width, const Measure& measure,
                                  bool justify) {
    const double space = measure(" ", kRegular);
    for (auto& piece : pieces) {
        if (!piece.forced_break) piece.width = measure(piece.text, piece.style);
    }
    pieces = break_wide_words(std::move(pieces), width, measure);
    std::vector<TextLine> lines;
    TextLine current;
    current.space_width = space;
    auto finish = [&](bool last) {
        current.last = last;
        lines.push_back(std::move(current));
        current = TextLine{};
        current.space_width = space;
    };
    // Words are runs of pieces with no space between them ("*Acosta*," is two pieces).
    std::size_t i = 0;
    while (i < pieces.size()) {
        if (pieces[i].forced_break) {
            finish(true);
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        double word_width = pieces[i].width;
        while (end < pieces.size() && !pieces[end].space_before && !pieces[end].break_before &&
               !pieces[end].forced_break) {
            word_width += pieces[end].width;
            ++end;
        }
        bool first_in_line = current.pieces.empty();
        double gap = first_in_line || !pieces[i].space_before ? 0 : space;
        if (!first_in_line && current.width + gap + word_width > width) {
            finish(false);
            gap = 0;
        }
        double x = current.width + gap;
        for (std::size_t k = i; k < end; ++k) {
            pieces[k].x = x;
            x += pieces[k].width;
            current.pieces.push_back(std::move(pieces[k]));
        }
        current.width = x;
        i = end;
    }
    if (!current.pieces.empty() || lines.empty()) finish(true);
    lines.back().last = true;
    if (justify) {
        for (auto& line : lines) {
            if (line.last) continue;
            int gaps = 0;
            for (std::size_t k = 1; k < line.pieces.size(); ++k)
                gaps += line.pieces[k].space_before;
            if (gaps == 0) continue;
            double extra = (width - line.width) / gaps;
            double shift = 0;
            for (std::size_t k = 0; k < line.pieces.size(); ++k) {
                if (k > 0 && line.pieces[k].space_before) shift += extra;
                line.pieces[k].x += shift;
            }
        }
    }
    return lines;
}

}  // namespace amparo::pdf::detail

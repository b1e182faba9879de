#include "document/typographic_quotes.hpp"

#include <string_view>

namespace amparo::document {

namespace {

// What came before a quote decides which way it turns.
enum class Before { Opening, Digit, Other };

Before classify(std::string_view text) {
    if (text.empty()) return Before::Opening;
    const unsigned char last = static_cast<unsigned char>(text.back());
    if (last < 0x80) {
        if (last >= '0' && last <= '9') return Before::Digit;
        return std::string_view(" \t\n([{/-").find(static_cast<char>(last)) !=
                       std::string_view::npos
                   ? Before::Opening
                   : Before::Other;
    }
    // Opening context among the multi-byte characters: — – “ ‘ ¿ ¡ « and the no-break space.
    for (std::string_view opener : {"—", "–", "“", "‘", "¿", "¡", "«", "\u00A0"}) {
        if (text.size() >= opener.size() && text.substr(text.size() - opener.size()) == opener) {
            return Before::Opening;
        }
    }
    return Before::Other;
}

class QuoteTurner {
  public:
    void inlines(std::vector<Inline>& list) {
        for (Inline& item : list) inline_(item);
    }

    // Each block starts a new run of text.
    void reset() { previous_.clear(); }

  private:
    void inline_(Inline& item) {
        switch (item.kind) {
            case InlineKind::Text:
                item.text = turn(item.text);
                break;
            case InlineKind::SoftBreak:
            case InlineKind::LineBreak:
                previous_ = " ";
                break;
            case InlineKind::Code:
            case InlineKind::Placeholder:
                previous_ = "x";  // a quote after these closes
                break;
            default:
                inlines(item.children);
                break;
        }
    }

    std::string turn(const std::string& text) {
        std::string out;
        out.reserve(text.size() + 8);
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c != '"' && c != '\'') {
                out += c;
                continue;
            }
            const Before before = classify(out.empty() ? std::string_view(previous_) : out);
            const bool next_is_digit =
                i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9';
            if (before == Before::Digit) {
                out += c;
            } else if (c == '"') {
                out += before == Before::Opening ? "“" : "”";
            } else {
                // An apostrophe at a word's start before a digit ('90s) is still an apostrophe.
                out += before == Before::Opening && !next_is_digit ? "‘" : "’";
            }
        }
        if (!out.empty()) previous_ = out.substr(out.size() >= 4 ? out.size() - 4 : 0);
        return out;
    }

    std::string previous_;  // the end of the text before, for the first quote of an inline
};

void blocks(std::vector<Block>& list, QuoteTurner& turner) {
    for (Block& block : list) {
        turner.reset();
        turner.inlines(block.inlines);
        for (auto& line : block.lines) {
            turner.reset();
            turner.inlines(line);
        }
        for (auto& cell : block.table.header) {
            turner.reset();
            turner.inlines(cell.inlines);
        }
        for (auto& row : block.table.rows) {
            for (auto& cell : row) {
                turner.reset();
                turner.inlines(cell.inlines);
            }
        }
        blocks(block.children, turner);
        for (auto& item : block.items) blocks(item, turner);
    }
}

}  // namespace

void use_typographic_quotes(Document& document) {
    QuoteTurner turner;
    blocks(document.blocks, turner);
    for (auto& entry : document.authorities) {
        turner.reset();
        turner.inlines(entry.citation);
    }
    turner.reset();
    for (std::string* text : {&document.metadata.title, &document.metadata.subject}) {
        std::vector<Inline> line = {{InlineKind::Text, *text, "", {}}};
        turner.inlines(line);
        *text = line[0].text;
        turner.reset();
    }
}

}  // namespace amparo::document

// Recognising typed outline numbers ("II. ", "C. ", "3. ") in sequence.
#include "document/outline_numbers.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace amparo::document {
namespace {

constexpr int outline_levels = 3;  // I. / A. / 1.
constexpr int highest_number = 100;
constexpr std::size_t longest_label = 8;  // "XXXVIII"

std::string roman(int value) {
    static constexpr std::array<std::pair<int, const char*>, 9> digits{{
        {100, "C"},
        {90, "XC"},
        {50, "L"},
        {40, "XL"},
        {10, "X"},
        {9, "IX"},
        {5, "V"},
        {4, "IV"},
        {1, "I"},
    }};
    std::string text;
    for (const auto& [amount, digit] : digits) {
        for (; value >= amount; value -= amount) text += digit;
    }
    return text;
}

// "A. " at the start of a heading: "A"; "" when the heading does not start with a typed number
// followed by more text.
std::string typed_label(const Block& heading) {
    if (heading.inlines.empty() || heading.inlines.front().kind != InlineKind::Text) return "";
    const std::string& text = heading.inlines.front().text;
    const auto period = text.find(". ");
    if (period == std::string::npos || period == 0 || period > longest_label) return "";
    const bool more_text = period + 2 < text.size() || heading.inlines.size() > 1;
    const std::string label = text.substr(0, period);
    const bool word_like = std::all_of(label.begin(), label.end(), [](unsigned char c) {
        return std::isupper(c) != 0 || std::isdigit(c) != 0;
    });
    return more_text && word_like ? label : "";
}

// What `label` counts on an outline level (1-based), or 0 when it is not that level's kind of
// number ("A" on the roman level).
int label_value(const std::string& label, int level) {
    for (int value = 1; value <= highest_number; ++value) {
        if (outline_label({level, value}) == label) return value;
    }
    return 0;
}

}  // namespace

std::string outline_label(const OutlineNumber& number) {
    switch (number.level) {
        case 0:
            return roman(number.value);
        case 1:
            // Word goes on AA, BB after Z; an argument never has 27 parts at one level.
            return number.value >= 1 && number.value <= 26
                       ? std::string(1, static_cast<char>('A' + number.value - 1))
                       : "";
        case 2:
            return std::to_string(number.value);
        default:
            return "";
    }
}

void number_outline_headings(std::vector<Block>& blocks, const std::string& source,
                             Diagnostics& problems) {
    int top = 0;  // heading level of the open outline's top; 0 = no outline open
    std::array<int, outline_levels> last{};  // the last number given on each outline level
    for (Block& block : blocks) {
        if (block.kind != BlockKind::Heading) continue;
        if (top != 0 && block.level < top) top = 0;
        const std::string label = typed_label(block);
        if (label.empty()) continue;
        if (top == 0) {
            if (label_value(label, 0) != 1) continue;
            top = block.level;
            last = {};
        }
        const int level = block.level - top;
        if (level < 0 || level >= outline_levels) continue;
        const int typed = label_value(label, level);
        if (typed == 0) continue;  // "Z. " where a roman number is due: not an outline number
        const OutlineNumber expected{level, last[static_cast<std::size_t>(level)] + 1};
        if (typed != expected.value) {
            problems.push_back(
                {source, block.pos.line, block.pos.column, Severity::Warning, "",
                 "heading numbered \"" + label + ".\" where the outline's next number is \"" +
                     outline_label(expected) + ".\"; it stays typed, outside Word's numbering",
                 "number each heading level in sequence (I, II; A, B; 1, 2) so that Word "
                 "renumbers the argument when a section is inserted"});
            continue;
        }
        block.outline = expected;
        last[static_cast<std::size_t>(level)] = typed;
        std::fill(last.begin() + level + 1, last.end(), 0);
    }
}

std::vector<Inline> without_outline_number(const Block& heading) {
    std::vector<Inline> inlines = heading.inlines;
    const std::string typed = outline_label(heading.outline) + ". ";
    if (heading.outline.level < 0 || inlines.empty() || inlines.front().kind != InlineKind::Text ||
        inlines.front().text.rfind(typed, 0) != 0) {
        return inlines;
    }
    inlines.front().text.erase(0, typed.size());
    if (inlines.front().text.empty()) inlines.erase(inlines.begin());
    return inlines;
}

}  // namespace amparo::document

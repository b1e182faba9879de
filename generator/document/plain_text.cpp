// Text extraction over the model.
#include "document/plain_text.hpp"

#include <cctype>
#include <functional>
#include <map>

namespace amparo::document {

namespace {

void append_plain(const std::vector<Inline>& inlines, std::string& out) {
    for (const auto& node : inlines) {
        switch (node.kind) {
            case InlineKind::SoftBreak:
            case InlineKind::LineBreak:
                out += ' ';
                break;
            case InlineKind::Placeholder:
                out += "[[TO COMPLETE: " + node.text + "]]";
                break;
            case InlineKind::Text:
            case InlineKind::Code:
                out += node.text;
                break;
            default:
                append_plain(node.children, out);
        }
    }
}

void for_each_inline_list(const Block& block,
                          const std::function<void(const std::vector<Inline>&)>& visit) {
    visit(block.inlines);
    for (const auto& line : block.lines) visit(line);
    for (const auto& cell : block.table.header) visit(cell.inlines);
    for (const auto& row : block.table.rows) {
        for (const auto& cell : row) visit(cell.inlines);
    }
    for (const auto& child : block.children) for_each_inline_list(child, visit);
    for (const auto& item : block.items) {
        for (const auto& child : item) for_each_inline_list(child, visit);
    }
}

int words_in(const std::string& text) {
    int words = 0;
    bool in_word = false;
    for (unsigned char c : text) {
        bool space = std::isspace(c) != 0;
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

void collect_placeholders(const std::vector<Inline>& inlines, std::vector<std::string>& out) {
    for (const auto& node : inlines) {
        if (node.kind == InlineKind::Placeholder) out.push_back(node.text);
        collect_placeholders(node.children, out);
    }
}

}  // namespace

std::string plain_text(const std::vector<Inline>& inlines) {
    std::string out;
    append_plain(inlines, out);
    return out;
}

int count_words(const Block& block) {
    int words = 0;
    for_each_inline_list(
        block, [&](const std::vector<Inline>& inlines) { words += words_in(plain_text(inlines)); });
    if (block.kind == BlockKind::CodeBlock) words += words_in(block.text);
    return words;
}

int count_words(const Document& document) {
    int words = 0;
    for (const auto& block : document.blocks) words += count_words(block);
    return words;
}

std::vector<std::string> placeholders(const Document& document) {
    std::vector<std::string> out;
    for (const auto& block : document.blocks) {
        for_each_inline_list(
            block, [&](const std::vector<Inline>& inlines) { collect_placeholders(inlines, out); });
    }
    return out;
}

std::string slug(const std::string& text) {
    // Two-byte UTF-8 Latin-1 letters that Spanish headings use, mapped to their base letter.
    static const std::map<std::string, char> accents = {
        {"á", 'a'}, {"é", 'e'}, {"í", 'i'}, {"ó", 'o'}, {"ú", 'u'}, {"ü", 'u'}, {"ñ", 'n'},
        {"Á", 'a'}, {"É", 'e'}, {"Í", 'i'}, {"Ó", 'o'}, {"Ú", 'u'}, {"Ü", 'u'}, {"Ñ", 'n'}};
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        char letter = 0;
        if (std::isalnum(c)) {
            letter = static_cast<char>(std::tolower(c));
        } else if (c >= 0xC0 && i + 1 < text.size()) {
            auto it = accents.find(text.substr(i, 2));
            if (it != accents.end()) letter = it->second;
            ++i;
        }
        if (letter) {
            if (dash && !out.empty()) out += '-';
            out += letter;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out.empty() ? "section" : out;
}

}  // namespace amparo::document

// Capitalisation, closing punctuation, articles.
#include "render/prose/sentence.hpp"

#include <cctype>

namespace amparo::prose {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

std::string first_word(const std::string& text) {
    const auto end = text.find(' ');
    return text.substr(0, end);
}

bool starts_with_word(const std::string& text, const std::string& word) {
    return text.size() > word.size() && text.compare(0, word.size(), word) == 0 &&
           text[word.size()] == ' ';
}

}  // namespace

std::string capitalized(std::string text) {
    if (!text.empty() && is_lower(text[0])) text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string as_sentence(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
    if (text.empty()) return text;
    if (is_lower(text[0])) text[0] = static_cast<char>(text[0] - 'a' + 'A');
    const std::string closing_quotes[] = {"\"", "”", "'", "’", ")"};
    std::string last = text;
    for (const auto& quote : closing_quotes) {
        if (last.size() > quote.size() &&
            last.compare(last.size() - quote.size(), quote.size(), quote) == 0) {
            last.resize(last.size() - quote.size());
            break;
        }
    }
    const char end = last.empty() ? '.' : last.back();
    if (end != '.' && end != '?' && end != '!') text += '.';
    return text;
}

std::string as_noun_phrase(std::string text) {
    while (!text.empty() && (text.back() == '.' || text.back() == ' ' || text.back() == '\n')) {
        text.pop_back();
    }
    const std::string word = first_word(text);
    if (word.size() < 1 || !is_upper(word[0])) return text;
    bool all_capitals = word.size() > 1;
    for (char c : word) all_capitals = all_capitals && !is_lower(c);
    const std::string rest = text.size() > word.size() ? text.substr(word.size() + 1) : "";
    const bool next_capitalised = !rest.empty() && is_upper(rest[0]);
    if (all_capitals || next_capitalised) return text;
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

std::string with_article(const std::string& title) {
    if (title.empty()) return title;
    for (const char* article : {"a", "an", "the", "A", "An", "The"}) {
        if (starts_with_word(title, article)) return title;
    }
    // "owner of a shop" names one position of one business: "the owner of".
    const auto of = title.find(" of ");
    if (of != std::string::npos && title.find(' ') == of) return "the " + title;
    if (!is_lower(title[0])) return title;  // a name or an acronym
    const bool vowel = std::string("aeiou").find(title[0]) != std::string::npos;
    return std::string(vowel ? "an " : "a ") + title;
}

std::string cited(std::string text, const std::string& cite) {
    if (cite.empty() || text.empty()) return text;
    if (text.back() == '.') text.pop_back();
    return text + " (" + cite + ").";
}

std::string joined(std::initializer_list<std::string> sentences) {
    std::string out;
    for (const auto& sentence : sentences) {
        if (sentence.empty()) continue;
        if (!out.empty()) out += ' ';
        out += sentence;
    }
    return out;
}

std::string as_subject(const std::string& name) {
    return name.find(", ") != std::string::npos ? name + "," : name;
}

}  // namespace amparo::prose

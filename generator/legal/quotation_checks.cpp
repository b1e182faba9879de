// An account that also paraphrases the words it quotes: the declaration prints the account and
// then the quotation, so the declarant would say the same thing twice under oath ("He told me
// that honest officers did not last long in Iguala." followed by "He told me, in Spanish: «Aquí
// los policías honrados no duran»"). Found by the words the two share; a warning, since only
// the attorney can tell a paraphrase from an account that merely mentions the same things.
#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "legal/legal_checks.hpp"

namespace amparo::legal {

namespace {

// Words too common to show that two sentences say the same thing.
bool is_common(const std::string& word) {
    static const std::set<std::string> common = {
        "about", "after", "again", "also",  "been",   "before", "came",  "come", "could",
        "does",  "from",  "going", "have",  "here",   "into",   "just",  "know", "more",
        "next",  "over",  "said",  "same",  "should", "some",   "than",  "that", "their",
        "them",  "then",  "there", "they",  "this",   "told",   "very",  "want", "were",
        "what",  "when",  "where", "which", "will",   "with",   "would", "your", "yours"};
    return common.count(word) > 0;
}

// The distinctive words of `text`: four letters or more, lower case, common words left out.
// Bytes of UTF-8 letters count as letters, so "güero" and "policía" are words.
std::set<std::string> distinctive_words(std::string_view text) {
    std::set<std::string> words;
    std::string word;
    auto flush = [&] {
        if (word.size() >= 4 && !is_common(word)) words.insert(word);
        word.clear();
    };
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalpha(byte) || byte >= 0x80) {
            word += static_cast<char>(std::tolower(byte));
        } else if (c != '\'') {
            flush();
        }
    }
    flush();
    return words;
}

// The account's sentences (split after '.', '!' or '?').
std::vector<std::string_view> sentences_of(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '.' || text[i] == '!' || text[i] == '?') {
            out.push_back(text.substr(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size()) out.push_back(text.substr(start));
    return out;
}

// A sentence paraphrases the words when it shares at least three of their distinctive words and
// at least two fifths of them.
bool paraphrases(std::string_view sentence, const std::set<std::string>& quoted) {
    const auto said = distinctive_words(sentence);
    std::size_t shared = 0;
    for (const auto& word : quoted) shared += said.count(word);
    return shared >= 3 && shared * 5 >= quoted.size() * 2;
}

}  // namespace

void check_quotations_told_twice(const LoadedCase& loaded, Diagnostics& out) {
    for (const auto& incident : loaded.view.incidents) {
        if (!incident.account) continue;
        for (const auto& words : incident.words_said) {
            const TextField& english = words.translation ? words.translation : words.original;
            if (!english) continue;
            const auto quoted = distinctive_words(english->value);
            const auto sentences = sentences_of(incident.account->value);
            const auto found = std::find_if(sentences.begin(), sentences.end(), [&](auto sentence) {
                return paraphrases(sentence, quoted);
            });
            if (found == sentences.end()) continue;
            // The sentence on one line, as the declaration prints it.
            std::string sentence;
            for (const char c : *found) {
                const bool space = c == ' ' || c == '\n';
                if (space && (sentence.empty() || sentence.back() == ' ')) continue;
                sentence += space ? ' ' : c;
            }
            out.push_back(at_case_value(
                loaded, incident.account->where, Severity::Warning,
                "the account also tells the words it quotes (\"" + sentence +
                    "\"): the declaration prints the account and then the quotation, so the "
                    "declarant would say them twice",
                "keep the words in `words_said` and take the paraphrase out of the account"));
            break;
        }
    }
}

}  // namespace amparo::legal

// Small rules of English punctuation and capitalisation the composed sentences share.
#pragma once

#include <string>

namespace amparo::prose {

// First letter upper-cased (ASCII; the sentences start with English words or names).
std::string capitalized(std::string text);

// A complete sentence: capitalised, ending in '.', '?', '!' or a closing quote after one.
std::string as_sentence(std::string text);

// Text the user wrote as a noun phrase ("A cut above the left eye.") made fit to follow a verb
// ("a cut above the left eye"): the closing period dropped and a capitalised first word
// lowered, unless it looks like a name (its next word is capitalised too, or it is all capitals).
std::string as_noun_phrase(std::string text);

// "a municipal police officer", "an engineer", "the owner of a taco stand": the article a job
// title needs after "worked as"; a title that already has one is kept.
std::string with_article(const std::string& title);

// A name as the subject of a verb: a name with an appositive ("Her former partner, a police
// officer of Chilpancingo") gets the comma that closes it.
std::string as_subject(const std::string& name);

// The text with a citation before its closing period: "He lives in Uruapan (Decl. ¶ 5)."; the
// text unchanged when `cite` is empty.
std::string cited(std::string text, const std::string& cite);

// Joins sentences with single spaces, skipping empty ones.
std::string joined(std::initializer_list<std::string> sentences);

}  // namespace amparo::prose

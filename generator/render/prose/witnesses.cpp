// A witness and what they know: not everyone "saw what happened".
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

bool is_family_word(const std::string& relation) {
    static const char* words[] = {"wife",     "husband", "partner",     "mother",
                                  "father",   "brother", "sister",      "son",
                                  "daughter", "aunt",    "uncle",       "cousin",
                                  "niece",    "nephew",  "grandmother", "grandfather"};
    for (const char* word : words) {
        if (relation == word) return true;
    }
    return false;
}

}  // namespace

std::string witness_sentence(const Witness& witness, const Voice& voice) {
    const std::string name = value_or(witness.name);
    std::string who = name;
    if (witness.relation) {
        const std::string& relation = witness.relation->value;
        who = is_family_word(relation)
                  ? capitalized(relation_phrase(voice, relation)) + ", " + name + ","
                  : name + ", " + with_article(relation) + ",";
    }
    const std::string knows = value_or(witness.knows, "saw");
    const std::string what = knows == "heard"             ? "heard what happened"
                             : knows == "was-told"        ? "was told what happened"
                             : knows == "was-also-harmed" ? "was also harmed"
                                                          : "saw what happened";
    return as_sentence(who + " " + what);
}

}  // namespace amparo::prose

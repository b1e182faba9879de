// How quoted words reached the person who heard or read them: a note is not "said".
#include <algorithm>

#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

// Who received the words, as an object: "me", "my mother", "me and my wife", "my father and
// others"; empty when only people outside the family heard them.
std::string receivers(const WordsSaid& words, const Voice& voice, const People& people) {
    if (!words.heard_by) return voice.object();
    const auto& ids = words.heard_by->value;
    std::vector<std::string> names;
    for (const auto& id : ids) {
        if (id == "others") continue;
        names.push_back(id == "applicant" ? voice.object() : relative_phrase(voice, people, id));
    }
    const bool others = std::find(ids.begin(), ids.end(), "others") != ids.end();
    if (others && !names.empty()) names.push_back("others");
    return render::join_with_and(names);
}

// "He" for a partner who spoke, or for the one man of a group who did (`speaker_sex`); "They"
// for a group, or a speaker the file does not describe. Named, the speaker is the persecutor's
// name: an argument quoting the words away from the incident's account has no antecedent for
// "they".
std::string speaker_subject(const WordsSaid& words, const People& people, bool named) {
    if (words.speaker && named) {
        auto name = people.persecutors.find(words.speaker->value);
        if (name != people.persecutors.end()) return as_subject(name->second);
    }
    if (words.speaker_sex) return words.speaker_sex->value == "female" ? "she" : "he";
    if (words.speaker) {
        auto it = people.persecutor_subjects.find(words.speaker->value);
        if (it != people.persecutor_subjects.end()) return it->second;
    }
    return "they";
}

}  // namespace

std::string words_said_intro(const WordsSaid& words, const Voice& voice, const People& people,
                             bool name_speaker) {
    const std::string medium = value_or(words.medium, "spoken");
    const std::string to = receivers(words, voice, people);
    // A note left for the applicant is "a note"; one left for a relative names them. Words only
    // people outside the family heard were "said", to no one the declaration can name.
    const std::string note = to.empty() || to == voice.object() ? "a note" : to + " a note";
    const std::string sent_to = to.empty() ? "" : " " + to;
    const std::string who = capitalized(speaker_subject(words, people, name_speaker));
    std::string intro = medium == "phone-call"
                            ? who + (to.empty() ? " said" : " told" + sent_to) + " on the telephone"
                        : medium == "written-note" ? who + " left " + note + " that said"
                        : medium == "text-message"
                            ? who + " sent" + sent_to + " a text message that said"
                        : medium == "sign-or-banner" ? who + " put up a sign that said"
                        : medium == "social-media"   ? who + " posted on social media"
                        : to.empty()                 ? who + " said"
                                                     : who + " told " + to;
    if (words.language && words.language->value != "English") {
        intro += ", in " + words.language->value;
    }
    return intro + ":";
}

}  // namespace amparo::prose

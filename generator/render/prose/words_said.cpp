// How quoted words reached the person who heard or read them: a note is not "said".
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

// Who received the words, as an object: "me", "my mother", "me and my wife".
std::string receivers(const nlohmann::json& words, const Voice& voice, const People& people) {
    if (!words.contains("heard_by")) return voice.object();
    std::vector<std::string> names;
    for (const auto& id : words["heard_by"]) {
        names.push_back(id == "applicant" ? voice.object()
                                          : relation_phrase(voice, people.family.at(id).relation));
    }
    return render::join_with_and(names);
}

}  // namespace

std::string words_said_intro(const nlohmann::json& words, const Voice& voice,
                             const People& people) {
    const std::string medium = words.value("medium", "spoken");
    const std::string to = receivers(words, voice, people);
    // A note left for the applicant is "a note"; one left for a relative names them.
    const std::string note = to == voice.object() ? "a note" : to + " a note";
    std::string intro = medium == "phone-call"     ? "They told " + to + " on the telephone"
                        : medium == "written-note" ? "They left " + note + " that said"
                        : medium == "text-message" ? "They sent " + to + " a text message that said"
                        : medium == "sign-or-banner" ? "They put up a sign that said"
                        : medium == "social-media"   ? "They posted on social media"
                                                     : "They told " + to;
    if (words.contains("language") && words["language"] != "English") {
        intro += ", in " + words["language"].get<std::string>();
    }
    return capitalized(intro) + ":";
}

}  // namespace amparo::prose

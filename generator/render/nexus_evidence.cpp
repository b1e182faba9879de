// Nexus from the record: how soon harm followed a protected act, and what the persecutors said.
#include <optional>
#include <set>

#include "casefile/civil_date.hpp"
#include "render/argument_evidence.hpp"
#include "render/legal_text.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

// Acts that express a protected ground or a status and draw retaliation: the events of these
// kinds, every report to the authorities, and the incidents and events the case marks
// `protected_act`. Service itself is not an act of this kind: it
// spans years, and its start says nothing about the timing of the harm.
const std::set<std::string>& act_event_kinds() {
    static const std::set<std::string> kinds = {"public-exposure", "resignation", "desertion",
                                                "informant-work"};
    return kinds;
}

struct Act {
    CivilDate date;
    std::string what;  // "the second incident", "the report of the first incident", ...
    std::string cite;  // where the statement of facts tells it
};

std::string cites_joined(const json& fact, const std::string& extra = "") {
    std::string cites = fact.value("decl_cite", "");
    const std::string exhibits = extra.empty() ? fact.value("exhibit_cites", "") : extra;
    if (!exhibits.empty()) cites += (cites.empty() ? "" : "; ") + exhibits;
    return cites;
}

// An event as the act it was; the statement of facts has already told it in full.
std::string event_act(const json& event, const prose::Voice& brief) {
    const std::string kind = event["kind"];
    const std::string his = brief.possessive();
    if (kind == "resignation") return his + " resignation";
    if (kind == "desertion") return his + " desertion";
    if (kind == "public-exposure") return his + " public exposure";
    if (kind == "informant-work") return his + " work as an informant";
    return "what " + brief.subject() + " did " +
           date_phrase(*parse_civil_date(event["date"]), false);
}

std::vector<Act> protected_acts(const json& context, const prose::Voice& brief) {
    std::vector<Act> acts;
    for (const auto& event : context.value("events", json::array())) {
        const bool act =
            act_event_kinds().count(event["kind"]) || event.value("protected_act", false);
        if (!act) continue;
        acts.push_back({*parse_civil_date(event["date"]), event_act(event, brief),
                        event.value("decl_cite", "")});
    }
    for (const auto& incident : context["incidents"]) {
        const std::string ordinal = incident["ordinal"];
        // A refusal or a denunciation told as an incident is itself the act.
        if (incident.value("protected_act", false)) {
            acts.push_back({*parse_civil_date(incident["date"]), "the " + ordinal,
                            incident.value("decl_cite", "")});
        }
        for (const auto& report : incident.value("reports", json::array())) {
            auto date = parse_civil_date(report.value("date", ""));
            if (!date) continue;
            acts.push_back({*date, "the report of the " + ordinal,
                            cites_joined(report, report.value("exhibit_cite", ""))});
        }
    }
    return acts;
}

// For each harm, the latest protected act before it and how long it took: the closest act is
// the one whose timing speaks to motive. The statement of facts tells both; this only times
// them: "The third incident came three weeks after the second (Decl. ¶¶ 11–12): a beating ..."
json timing_sentences(const json& context, const prose::Voice& brief) {
    const auto acts = protected_acts(context, brief);
    json told = json::array();
    for (const auto& incident : context["incidents"]) {
        const auto harm_date = *parse_civil_date(incident["date"]);
        const Act* closest = nullptr;
        std::optional<std::string> gap;
        for (const auto& act : acts) {
            if (auto between = time_between(act.date, harm_date)) {
                if (!closest || closest->date < act.date) {
                    closest = &act;
                    gap = between;
                }
            }
        }
        if (!closest) continue;
        std::string act = closest->what;
        if (!closest->cite.empty()) act += " (" + closest->cite + ")";
        const std::string incident_name =
            "The " + incident["ordinal"].get<std::string>() + " incident";
        const std::string harms = prose::harm_overview(json::array({incident}));
        const std::string cites = cites_joined(incident);
        // Its harms after a colon, cited at the end; without harms, the incident is cited where
        // it is named, so two citations never stand side by side.
        const std::string sentence =
            harms.empty()
                ? prose::as_sentence(
                      (cites.empty() ? incident_name : incident_name + " (" + cites + ")") +
                      " came " + *gap + " after " + act)
                : prose::cited(prose::as_sentence(incident_name + " came " + *gap + " after " +
                                                  act + ": " + harms),
                               cites);
        told.push_back({{"sentence", sentence}});
    }
    return told;
}

// The persecutors' words that the case marks as revealing the ground, quoted with the
// declaration paragraph that tells them.
json revealing_words(const json& context, const prose::Voice& brief, const prose::People& people) {
    json told = json::array();
    for (const auto& incident : context["incidents"]) {
        for (const auto& words : incident.value("words_said", json::array())) {
            if (!words.value("reveals_ground", false)) continue;
            std::string quote = prose::words_said_intro(words, brief, people, true) + " “" +
                                words["original"].get<std::string>() + "”";
            if (words.contains("translation")) {
                quote += " (“" + words["translation"].get<std::string>() + "”)";
            }
            told.push_back(
                {{"sentence", prose::cited(quote + ".", incident.value("decl_cite", ""))}});
        }
    }
    return told;
}

}  // namespace

void add_nexus_evidence(json& context, const prose::Voice& brief, const prose::People& people) {
    json evidence = {{"timing", timing_sentences(context, brief)},
                     {"words", revealing_words(context, brief, people)}};
    evidence["has_timing"] = !evidence["timing"].empty();
    evidence["has_words"] = !evidence["words"].empty();
    evidence["any"] = evidence["has_timing"].get<bool>() || evidence["has_words"].get<bool>();
    context["nexus_evidence"] = std::move(evidence);
}

}  // namespace amparo::render

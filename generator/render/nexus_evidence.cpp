// Nexus from the record: how soon harm followed a protected act, and what the persecutors said.
#include <optional>
#include <set>

#include "casefile/civil_date.hpp"
#include "render/argument_evidence.hpp"
#include "render/legal_text.hpp"
#include "render/prose/sentence.hpp"
#include "render/telling_order.hpp"

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
    std::string what;      // "the second", "the report of the first incident", "his resignation"
    std::string cite;      // where the statement of facts tells it
    std::string incident;  // the incident it is part of (empty for an event): never its own cause
    bool clause = false;   // `what` is a clause ("she spoke at a march"), not a noun phrase
};

std::string cites_joined(const json& fact, const std::string& extra = "") {
    std::string cites = fact.value("decl_cite", "");
    const std::string exhibits = extra.empty() ? fact.value("exhibit_cites", "") : extra;
    if (!exhibits.empty()) cites += (cites.empty() ? "" : "; ") + exhibits;
    return cites;
}

// An event as the act it was, at its date and with its citation. A resignation, a desertion
// or informant work is named in a word; any other act by the case's own third-person summary
// ("she spoke at a march of families of murder victims"), which says what was done where a
// label ("her public exposure") would leave the reader to look it up.
Act event_act(const Event& event, const prose::Voice& brief, std::string cite) {
    const std::string kind = value_or(event.kind);
    const std::string his = brief.possessive();
    const auto named = [&](std::string what) {
        return Act{event.date->value, std::move(what), std::move(cite), "", false};
    };
    if (kind == "resignation") return named(his + " resignation");
    if (kind == "desertion") return named(his + " desertion");
    if (kind == "informant-work") return named(his + " work as an informant");
    std::string summary = value_or(event.summary);
    while (!summary.empty() && (summary.back() == '.' || summary.back() == ' ')) summary.pop_back();
    if (summary.empty()) {
        return named(kind == "public-exposure" ? his + " public exposure"
                                               : "what " + brief.subject() + " did " +
                                                     date_phrase(event.date->value, false));
    }
    return Act{event.date->value, summary, std::move(cite), "", true};
}

std::vector<Act> protected_acts(const json& context, const CaseView& view,
                                const prose::Voice& brief) {
    std::vector<Act> acts;
    for_each_told(context, "events", view.events, [&](const json& told, const Event& event) {
        const bool act =
            act_event_kinds().count(value_or(event.kind)) || is_set(event.protected_act);
        if (!act) return;
        acts.push_back(event_act(event, brief, told.value("decl_cite", "")));
    });
    for_each_told(
        context, "incidents", view.incidents, [&](const json& told, const Incident& incident) {
            const std::string ordinal = told["ordinal"];
            // A refusal or a denunciation told as an incident is itself the act.
            if (is_set(incident.protected_act)) {
                acts.push_back({incident.date->value, "the " + ordinal, told.value("decl_cite", ""),
                                value_or(incident.id)});
            }
            for_each_told(told, "reports", incident.reports,
                          [&](const json& cited, const Report& report) {
                              if (!report.date) return;
                              acts.push_back({report.date->value, "the report of the " + ordinal,
                                              cites_joined(cited, cited.value("exhibit_cite", "")),
                                              value_or(incident.id)});
                          });
        });
    return acts;
}

// "on the same day" / "in the same month" when the two dates name one day or one month: the
// dates alone do not say which came first, only that they were that close.
std::optional<std::string> same_time_as(const CivilDate& act, const CivilDate& harm) {
    if (act.precision == DatePrecision::Year || harm.precision == DatePrecision::Year ||
        act.year != harm.year || act.month != harm.month)
        return std::nullopt;
    if (act.precision == DatePrecision::Day && harm.precision == DatePrecision::Day)
        return act.day == harm.day ? std::optional<std::string>("on the same day") : std::nullopt;
    return "in the same month";
}

// For each harm, the latest protected act before it and how long it took: the closest act is
// the one whose timing speaks to motive. The statement of facts tells both; this only times
// them: "The third incident came three weeks after the second (Decl. ¶¶ 11–12): a beating ..."
json timing_sentences(const json& context, const CaseView& view, const prose::Voice& brief) {
    const auto acts = protected_acts(context, view, brief);
    json told = json::array();
    for_each_told(
        context, "incidents", view.incidents, [&](const json& incident, const Incident& fact) {
            const CivilDate& harm_date = fact.date->value;
            const Act* closest = nullptr;
            std::optional<std::string> gap;  // "three weeks after", "in the same month"
            bool same_time = false;
            for (const auto& act : acts) {
                if (act.incident == value_or(fact.id)) continue;
                if (auto together = same_time_as(act.date, harm_date)) {
                    if (!same_time) {
                        closest = &act;
                        gap = together;
                        same_time = true;
                    }
                } else if (auto between = time_between(act.date, harm_date)) {
                    if (!same_time && (!closest || closest->date < act.date)) {
                        closest = &act;
                        gap = *between + " after";
                    }
                }
            }
            if (!closest) return;
            // "in the same month as her resignation", "in the same month that she spoke ..."
            if (same_time) *gap += closest->clause ? " that" : " as";
            std::string act = closest->what;
            if (!closest->cite.empty()) act += " (" + closest->cite + ")";
            const std::string incident_name = prose::capitalized(incident["called"]);
            const std::string harms = prose::harm_overview(value_or(fact.harms));
            const std::string cites = cites_joined(incident);
            // Its harms after a colon, cited at the end; without harms, the incident is cited where
            // it is named, so two citations never stand side by side.
            const std::string sentence =
                harms.empty()
                    ? prose::as_sentence(
                          (cites.empty() ? incident_name : incident_name + " (" + cites + ")") +
                          " came " + *gap + " " + act)
                    : prose::cited(prose::as_sentence(incident_name + " came " + *gap + " " + act +
                                                      ": " + harms),
                                   cites);
            told.push_back({{"sentence", sentence}});
        });
    return told;
}

// The persecutors' words that the case marks as revealing the ground, quoted with the
// declaration paragraph that tells them.
json revealing_words(const json& context, const CaseView& view, const prose::Voice& brief,
                     const prose::People& people) {
    json told = json::array();
    for_each_told(
        context, "incidents", view.incidents, [&](const json& incident, const Incident& fact) {
            for (const auto& words : fact.words_said) {
                if (!is_set(words.reveals_ground)) continue;
                std::string quote = prose::words_said_intro(words, brief, people, true) + " “" +
                                    value_or(words.original) + "”";
                if (words.translation) quote += " (“" + words.translation->value + "”)";
                told.push_back(
                    {{"sentence", prose::cited(quote + ".", incident.value("decl_cite", ""))}});
            }
        });
    return told;
}

// "he" or "she" when every revealing word was said by one persecutor who is one person (a
// persecutor with a recorded sex: a partner, a relative, an official), so that the brief says
// "The persecutor said why he acted"; empty otherwise.
std::string lone_speaker_pronoun(const CaseView& view) {
    std::set<std::string> speakers;
    for (const auto& incident : view.incidents) {
        for (const auto& words : incident.words_said) {
            if (is_set(words.reveals_ground)) speakers.insert(value_or(words.speaker));
        }
    }
    if (speakers.size() != 1) return "";
    for (const auto& persecutor : view.persecutors) {
        if (value_or(persecutor.id) != *speakers.begin()) continue;
        const std::string sex = value_or(persecutor.sex);
        return sex == "male" ? "he" : sex == "female" ? "she" : "";
    }
    return "";
}

}  // namespace

void add_nexus_evidence(json& context, const CaseView& view, const prose::Voice& brief,
                        const prose::People& people) {
    json evidence = {{"timing", timing_sentences(context, view, brief)},
                     {"words", revealing_words(context, view, brief, people)}};
    const std::string pronoun = lone_speaker_pronoun(view);
    if (!pronoun.empty()) evidence["lone_speaker"] = pronoun;
    evidence["has_timing"] = !evidence["timing"].empty();
    evidence["has_words"] = !evidence["words"].empty();
    evidence["any"] = evidence["has_timing"].get<bool>() || evidence["has_words"].get<bool>();
    context["nexus_evidence"] = std::move(evidence);
}

}  // namespace amparo::render

// Fills the context's sentences from the prose layer, one voice per document.
#include "render/fact_sentences.hpp"

#include <algorithm>
#include <set>

#include "casefile/civil_date.hpp"
#include "render/argument_evidence.hpp"
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

struct Voices {
    prose::Voice declaration = prose::Voice::first_person();
    prose::Voice brief;
    prose::People people;
};

template <typename Compose>
void add_both(json& object, const Voices& voices, Compose compose,
              const char* first = "first_person", const char* third = "third_person") {
    const std::string in_first = compose(voices.declaration);
    const std::string in_third = compose(voices.brief);
    if (!in_first.empty()) object[first] = in_first;
    if (!in_third.empty()) object[third] = in_third;
}

void add_paragraph_cite(json& fact, const std::string& key, const ContextInputs& inputs) {
    fact["paragraph_key"] = key;
    if (auto it = inputs.declaration_paragraphs.find(key);
        it != inputs.declaration_paragraphs.end()) {
        const std::string cite = declaration_cite(it->second);
        if (!cite.empty()) fact["decl_cite"] = cite;
    }
}

std::string cites_of(const json& ids, const std::map<std::string, std::string>& tabs) {
    std::vector<std::string> found;
    if (ids.is_array()) {
        for (const auto& id : ids) {
            if (auto it = tabs.find(id); it != tabs.end()) found.push_back(it->second);
        }
    }
    return exhibit_cite(found);
}

// The brief's sentence about a fact with its declaration paragraphs and exhibits cited.
void cite_third_person(json& fact) {
    if (!fact.contains("third_person")) return;
    std::string cites = fact.value("decl_cite", "");
    const std::string exhibits = fact.value("exhibit_cites", "");
    if (!exhibits.empty()) cites += (cites.empty() ? "" : "; ") + exhibits;
    fact["third_person_cited"] = prose::cited(fact["third_person"], cites);
}

void tell_people(json& context, const Voices& voices, const ContextInputs& inputs) {
    json& applicant = context["applicant"];
    if (applicant.contains("occupations")) {
        for (auto& job : applicant["occupations"]) {
            add_both(job, voices,
                     [&](const prose::Voice& v) { return prose::occupation_sentence(job, v); });
        }
    }
    if (applicant.contains("entry")) {
        json& entry = applicant["entry"];
        add_both(entry, voices,
                 [&](const prose::Voice& v) { return prose::entry_sentences(entry, v); });
        add_paragraph_cite(entry, "entry", inputs);
        cite_third_person(entry);
    }
    add_paragraph_cite(applicant, "background", inputs);
    if (context.contains("family")) {
        for (auto& member : context["family"]) {
            add_both(member, voices, [&](const prose::Voice& v) {
                return prose::relative_sentence(member, v, voices.people);
            });
            add_paragraph_cite(member, "family:" + member["id"].get<std::string>(), inputs);
            cite_third_person(member);
        }
    }
    bool names_persecutors = false;
    if (context.contains("persecutors")) {
        for (auto& persecutor : context["persecutors"]) {
            add_both(persecutor, voices, [&](const prose::Voice& v) {
                return prose::persecutor_individuals_sentence(persecutor, v);
            });
            // A group nobody names has no sentence; `false` stops Mustache from finding an
            // enclosing section's sentence instead.
            if (!persecutor.contains("first_person")) {
                persecutor["first_person"] = false;
                persecutor["third_person"] = false;
                persecutor["third_person_cited"] = false;
                continue;
            }
            names_persecutors = true;
            add_paragraph_cite(persecutor, "persecutor:" + persecutor["id"].get<std::string>(),
                               inputs);
            cite_third_person(persecutor);
        }
    }
    context["names_persecutors"] = names_persecutors;
}

// The statement of facts' opening sentence for an incident or event: "On March 18, 2023, four
// cartel members beat him in his shop (Decl. ¶¶ 9–13; Exs. B, C)."
void add_facts_sentence(json& fact) {
    std::string told;
    if (fact.contains("summary")) {
        std::string summary = fact["summary"];
        while (!summary.empty() && (summary.back() == '.' || summary.back() == ' '))
            summary.pop_back();
        told = prose::as_sentence(fact["Date_phrase"].get<std::string>() + ", " + summary);
    } else if (fact.contains("third_person")) {
        told = fact["third_person"];
    } else {
        return;
    }
    std::string cites = fact.value("decl_cite", "");
    const std::string exhibits = fact.value("exhibit_cites", "");
    if (!exhibits.empty()) cites += (cites.empty() ? "" : "; ") + exhibits;
    fact["facts_sentence"] = prose::cited(told, cites);
}

// A report told in the declaration's section on protection, apart from its incident; the
// brief cites that paragraph wherever it speaks of the report.
void tell_report(json& report, const json& incident, const std::string& key, const Voices& voices,
                 const ContextInputs& inputs) {
    // The declaration leaves out what the authorities did when the declarant's own account of
    // the report says it.
    report["first_person"] = prose::report_of_incident_sentences(
        report, incident, voices.declaration, voices.people, !report.contains("account"));
    report["third_person"] = prose::report_sentences(report, voices.brief, voices.people);
    // Mustache looks a missing name up in the enclosing context: a report without its own
    // account must say so, or the declaration would print another fact's.
    if (!report.contains("account")) report["account"] = false;
    if (!report.contains("account_unreviewed")) report["account_unreviewed"] = false;
    add_paragraph_cite(report, key, inputs);
    std::string cites = report.value("decl_cite", "");
    const std::string exhibit = report.value("exhibit_cite", "");
    if (!exhibit.empty()) cites += (cites.empty() ? "" : "; ") + exhibit;
    // The statement of facts cites the report itself and then says what came of it, so the
    // outcome is not told with the same citation as in the arguments' lists of reports.
    const std::string made =
        prose::report_sentences(report, voices.brief, voices.people, "it", false);
    const std::string told = report["third_person"];
    report["third_person_cited"] = prose::cited(made, cites) + told.substr(made.size());
    // In the brief's list of reports "it" has no antecedent: name the incident.
    const std::string listed =
        prose::report_sentences(report, voices.brief, voices.people,
                                "the " + incident["ordinal"].get<std::string>() + " incident");
    report["third_person_listed"] = prose::cited(listed, cites);
}

void tell_incident(json& incident, const Voices& voices, const ContextInputs& inputs) {
    add_both(
        incident, voices,
        [&](const prose::Voice& v) { return prose::injury_sentences(incident, v); },
        "injuries_first_person", "injuries_third_person");
    for (const char* list : {"witnesses", "words_said"}) {
        if (!incident.contains(list)) continue;
        for (auto& item : incident[list]) {
            const std::string kind = list;
            add_both(item, voices, [&](const prose::Voice& v) {
                if (kind == "witnesses") return prose::witness_sentence(item, v);
                return prose::words_said_intro(item, v, voices.people);
            });
            if (kind == "words_said") {
                item["needs_translation"] = item.value("language", "") != "English";
            }
        }
    }
    if (incident.contains("reports")) {
        const std::string id = incident["id"];
        int number = 0;
        for (auto& report : incident["reports"]) {
            tell_report(report, incident, "report:" + id + ":" + std::to_string(number++), voices,
                        inputs);
        }
    }
    add_facts_sentence(incident);
}

// The declaration's section on protection: every report, each told once, and why an incident
// was not reported, in the order of the incidents. The incident's own paragraphs no longer tell
// them, so the brief's citations of reports point here.
void tell_protection_sought(json& context, const Voices& voices, const ContextInputs& inputs) {
    json told = json::array();
    for (auto& incident : context["incidents"]) {
        for (const auto& report : incident.value("reports", json::array())) {
            told.push_back({{"paragraph_key", report["paragraph_key"]},
                            {"first_person", report["first_person"]},
                            {"account", report["account"]},
                            {"account_unreviewed", report["account_unreviewed"]},
                            {"reason", false},
                            {"reason_unreviewed", false}});
        }
        const bool unreviewed = incident.value("not_reported_reason_unreviewed", false);
        if (!incident.contains("not_reported_reason") && !unreviewed) continue;
        json paragraph = {
            {"first_person", prose::not_reported_sentence(incident, voices.declaration)},
            {"account", false},
            {"account_unreviewed", false},
            {"reason", incident.value("not_reported_reason", json(false))},
            {"reason_unreviewed", unreviewed}};
        add_paragraph_cite(paragraph, "unreported:" + incident["id"].get<std::string>(), inputs);
        if (paragraph.contains("decl_cite"))
            incident["unreported_decl_cite"] = paragraph["decl_cite"];
        told.push_back(std::move(paragraph));
    }
    context["has_protection_sought"] = !told.empty();
    context["protection_sought"] = std::move(told);
}

void tell_events(json& context, const Voices& voices, const ContextInputs& inputs,
                 const std::map<std::string, std::string>& tabs) {
    if (!context.contains("events")) return;
    auto& events = context["events"];
    std::stable_sort(events.begin(), events.end(), [](const json& a, const json& b) {
        return *parse_civil_date(a["date"]) < *parse_civil_date(b["date"]);
    });
    for (auto& event : events) {
        const auto date = *parse_civil_date(event["date"]);
        const bool approximate = event.value("date_approximate", false);
        event["Date_phrase"] = prose::capitalized(date_phrase(date, approximate));
        add_both(event, voices,
                 [&](const prose::Voice& v) { return prose::event_sentence(event, v); });
        if (event.contains("account")) event["paragraphs"] = paragraphs_of(event["account"]);
        add_paragraph_cite(event, "event:" + event["id"].get<std::string>(), inputs);
        const std::string cites = cites_of(event.value("exhibits", json::array()), tabs);
        if (!cites.empty()) event["exhibit_cites"] = cites;
        add_facts_sentence(event);
    }
}

// True when every day `date` may stand for is after `arrival`: a fact dated only "June 2023"
// is not placed after an arrival on June 10, 2023.
bool surely_after(const CivilDate& date, const CivilDate& arrival) {
    switch (date.precision) {
        case DatePrecision::Year:
            return date.year > arrival.year;
        case DatePrecision::Month:
            return date.year > arrival.year ||
                   (date.year == arrival.year && date.month > arrival.month);
        case DatePrecision::Day:
            break;
    }
    return arrival < date;
}

// Incidents and events in one date order, split at the last arrival: what happened after the
// applicant arrived is told after the arrival.
void build_timeline(json& context) {
    std::vector<std::pair<CivilDate, json>> told;
    for (const char* list : {"incidents", "events"}) {
        for (const auto& fact : context.value(list, json::array())) {
            json item = fact;
            item[std::string(list) == "incidents" ? "is_incident" : "is_event"] = true;
            told.emplace_back(*parse_civil_date(fact["date"]), std::move(item));
        }
    }
    std::stable_sort(told.begin(), told.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::optional<CivilDate> arrival;
    const json entry = context["applicant"].value("entry", json::object());
    if (entry.contains("date")) arrival = parse_civil_date(entry["date"]);
    json before = json::array();
    json after = json::array();
    for (auto& [date, item] : told) {
        const bool later = arrival && surely_after(date, *arrival);
        (later ? after : before).push_back(std::move(item));
    }
    context["has_timeline_after_arrival"] = !after.empty();
    context["timeline_before_arrival"] = std::move(before);
    context["timeline_after_arrival"] = std::move(after);
}

void tell_relocation(json& context, const Voices& voices, const ContextInputs& inputs) {
    json& claims = context["claims"];
    if (!claims.contains("internal_relocation") ||
        !claims["internal_relocation"].contains("attempts")) {
        return;
    }
    int number = 0;
    for (auto& attempt : claims["internal_relocation"]["attempts"]) {
        add_both(attempt, voices,
                 [&](const prose::Voice& v) { return prose::relocation_sentence(attempt, v); });
        add_paragraph_cite(attempt, "relocation:" + std::to_string(number++), inputs);
        cite_third_person(attempt);
    }
}

// For the cumulative-harm argument: the harms in one phrase and every incident's paragraphs.
void tell_harms_together(json& context, const ContextInputs& inputs) {
    const json& incidents = context["incidents"];
    const std::string overview = prose::harm_overview(incidents);
    if (!overview.empty()) context["harm_overview"] = overview;
    std::vector<int> paragraphs;
    for (const auto& incident : incidents) {
        auto it = inputs.declaration_paragraphs.find(incident["paragraph_key"]);
        if (it != inputs.declaration_paragraphs.end())
            paragraphs.insert(paragraphs.end(), it->second.begin(), it->second.end());
    }
    std::sort(paragraphs.begin(), paragraphs.end());
    const std::string cite = declaration_cite(paragraphs);
    if (!cite.empty()) context["incidents_decl_cite"] = cite;
    context["incident_count_text"] = count_of(incidents.size(), "incident", "incidents");
}

// For humanitarian asylum: the harms severe enough to argue it on their own, with the
// paragraphs that tell them, and the letters of the asylum argument's last two parts.
void tell_severe_harm(json& context, const ContextInputs& inputs) {
    static const std::set<std::string> severe = {"torture", "sexual-violence", "kidnapping",
                                                 "shooting", "killing-of-relative"};
    json incidents = json::array();
    std::vector<int> paragraphs;
    for (const auto& incident : context["incidents"]) {
        json harms = json::array();
        for (const auto& harm : incident.value("harms", json::array())) {
            if (severe.count(harm.get<std::string>())) harms.push_back(harm);
        }
        if (harms.empty()) continue;
        incidents.push_back({{"harms", harms}});
        auto it = inputs.declaration_paragraphs.find(incident["paragraph_key"]);
        if (it != inputs.declaration_paragraphs.end())
            paragraphs.insert(paragraphs.end(), it->second.begin(), it->second.end());
    }
    const std::string overview = prose::harm_overview(incidents);
    if (!overview.empty()) {
        context["severe_harm"] = overview;
        std::sort(paragraphs.begin(), paragraphs.end());
        const std::string cite = declaration_cite(paragraphs);
        if (!cite.empty()) context["severe_harm_decl_cite"] = cite;
    }
    const bool humanitarian =
        !overview.empty() || context["claims"].contains("humanitarian_asylum");
    context["humanitarian_argued"] = humanitarian;
    context["discretion_letter"] = humanitarian ? "J" : "I";
    const json& applicant = context["applicant"];
    context["has_positive_equities"] = !applicant.value("positive_equities", json::array()).empty();
    context["has_criminal_history"] = !applicant.value("criminal_history", json::array()).empty();
}

// Help given to designated organizations, for the brief's material-support section: told only
// once an attorney has reviewed it (the legal checks stop the build before that).
void tell_support_given(json& context, const Voices& voices) {
    std::set<std::string> designated;
    for (const auto& persecutor : context.value("persecutors", json::array())) {
        if (persecutor.value("designated_terrorist_organization", false))
            designated.insert(persecutor["id"].get<std::string>());
    }
    json told = json::array();
    bool ended_before_designation = true;
    // The designations of Mexican cartels took effect on February 20, 2025 (registry:
    // fto-cartels).
    const CivilDate designation{2025, 2, 20, DatePrecision::Day};
    for (const auto& support : context.value("support_given", json::array())) {
        if (!designated.count(support["to"].get<std::string>())) continue;
        told.push_back(
            {{"third_person", prose::support_sentence(support, voices.brief, voices.people)}});
        const auto last = parse_civil_date(support.value("until", support.value("from", "")));
        ended_before_designation = ended_before_designation && last && *last < designation;
    }
    if (told.empty()) return;
    context["support_to_designated"] = std::move(told);
    context["has_support_to_designated"] = true;
    context["support_ended_before_designation"] = ended_before_designation;
}

}  // namespace

void add_fact_sentences(json& context, const ContextInputs& inputs,
                        const std::map<std::string, std::string>& tabs) {
    Voices voices;
    const json& applicant = context["applicant"];
    voices.brief = prose::Voice::third_person(
        context["case"]["party"],
        prose::pronouns_for(applicant.value("pronouns", ""), applicant.value("sex", "")));
    voices.people = prose::people_of(context);
    tell_people(context, voices, inputs);
    for (auto& incident : context["incidents"]) tell_incident(incident, voices, inputs);
    tell_protection_sought(context, voices, inputs);
    tell_events(context, voices, inputs, tabs);
    tell_relocation(context, voices, inputs);
    if (context["claims"].contains("fear_of_return")) {
        add_paragraph_cite(context["claims"]["fear_of_return"], "fear", inputs);
    }
    build_timeline(context);
    tell_harms_together(context, inputs);
    tell_severe_harm(context, inputs);
    tell_support_given(context, voices);
    add_nexus_evidence(context, voices.brief, voices.people);
    add_protection_evidence(context, voices.brief);
    add_country_conditions(context, voices.brief);
}

}  // namespace amparo::render

// Fills the context's sentences from the prose layer, one voice per document.
#include "render/fact_sentences.hpp"

#include <algorithm>
#include <set>

#include "casefile/civil_date.hpp"
#include "render/appeal_context.hpp"
#include "render/argument_evidence.hpp"
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"
#include "render/telling_order.hpp"

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

// The brief's sentence about a fact with its declaration paragraphs and exhibits cited.
void cite_third_person(json& fact) {
    if (!fact.contains("third_person")) return;
    std::string cites = fact.value("decl_cite", "");
    const std::string exhibits = fact.value("exhibit_cites", "");
    if (!exhibits.empty()) cites += (cites.empty() ? "" : "; ") + exhibits;
    fact["third_person_cited"] = prose::cited(fact["third_person"], cites);
}

void tell_people(json& context, const CaseView& view, const Voices& voices,
                 const ContextInputs& inputs) {
    json& applicant = context["applicant"];
    for_each_told(applicant, "occupations", view.applicant.occupations,
                  [&](json& told, const Occupation& job) {
                      add_both(told, voices, [&](const prose::Voice& v) {
                          return prose::occupation_sentence(job, v);
                      });
                  });
    if (view.applicant.entry) {
        json& entry = applicant["entry"];
        add_both(entry, voices, [&](const prose::Voice& v) {
            return prose::entry_sentences(*view.applicant.entry, v);
        });
        add_paragraph_cite(entry, "entry", inputs);
        cite_third_person(entry);
    }
    add_paragraph_cite(applicant, "background", inputs);
    for_each_told(context, "family", view.family, [&](json& told, const Relative& member) {
        add_both(told, voices, [&](const prose::Voice& v) {
            return prose::relative_sentence(member, v, voices.people);
        });
        add_paragraph_cite(told, "family:" + value_or(member.id), inputs);
        cite_third_person(told);
    });
    bool names_persecutors = false;
    for_each_told(context, "persecutors", view.persecutors,
                  [&](json& told, const Persecutor& persecutor) {
                      add_both(told, voices, [&](const prose::Voice& v) {
                          return prose::persecutor_individuals_sentence(persecutor, v);
                      });
                      // A group nobody names has no sentence; `false` stops Mustache from
                      // finding an enclosing section's sentence instead.
                      if (!told.contains("first_person")) {
                          told["first_person"] = false;
                          told["third_person"] = false;
                          told["third_person_cited"] = false;
                          return;
                      }
                      names_persecutors = true;
                      add_paragraph_cite(told, "persecutor:" + value_or(persecutor.id), inputs);
                      cite_third_person(told);
                  });
    context["names_persecutors"] = names_persecutors;
}

// The statement of facts' opening sentence for an incident or event: "On March 18, 2023, four
// cartel members beat him in his shop (Decl. ¶¶ 9–13; Exs. B, C)."
void add_facts_sentence(json& fact, const TextField& summary_field) {
    std::string told;
    if (summary_field) {
        std::string summary = summary_field->value;
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
void tell_report(json& told, const Report& report, const Incident& incident,
                 const std::string& incident_called, const std::string& key, const Voices& voices,
                 const ContextInputs& inputs) {
    // The declaration leaves out what the authorities did when the declarant's own account of
    // the report says it.
    told["first_person"] = prose::report_of_incident_sentences(report, incident, voices.declaration,
                                                               voices.people, !report.account);
    told["third_person"] = prose::report_sentences(report, incident, voices.brief, voices.people);
    // Mustache looks a missing name up in the enclosing context: a report without its own
    // account must say so, or the declaration would print another fact's.
    if (!report.account) told["account"] = false;
    if (!told.contains("account_unreviewed")) told["account_unreviewed"] = false;
    add_paragraph_cite(told, key, inputs);
    std::string cites = told.value("decl_cite", "");
    const std::string exhibit = told.value("exhibit_cite", "");
    if (!exhibit.empty()) cites += (cites.empty() ? "" : "; ") + exhibit;
    // The statement of facts cites the report itself and then says what came of it, so the
    // outcome is not told with the same citation as in the arguments' lists of reports.
    const std::string made =
        prose::report_sentences(report, incident, voices.brief, voices.people, "it", false);
    const std::string whole = told["third_person"];
    told["third_person_cited"] = prose::cited(made, cites) + whole.substr(made.size());
    // In the brief's list of reports "it" has no antecedent: name the incident.
    const std::string listed =
        prose::report_sentences(report, incident, voices.brief, voices.people, incident_called);
    told["third_person_listed"] = prose::cited(listed, cites);
}

void tell_incident(json& told, const Incident& incident, const Voices& voices,
                   const ContextInputs& inputs) {
    add_both(
        told, voices, [&](const prose::Voice& v) { return prose::injury_sentences(incident, v); },
        "injuries_first_person", "injuries_third_person");
    for_each_told(told, "witnesses", incident.witnesses, [&](json& item, const Witness& witness) {
        add_both(item, voices,
                 [&](const prose::Voice& v) { return prose::witness_sentence(witness, v); });
    });
    for_each_told(told, "words_said", incident.words_said, [&](json& item, const WordsSaid& words) {
        add_both(item, voices, [&](const prose::Voice& v) {
            return prose::words_said_intro(words, v, voices.people);
        });
        item["needs_translation"] = value_or(words.language) != "English";
    });
    const std::string id = value_or(incident.id);
    const std::string called = told["called"];
    int number = 0;
    for_each_told(told, "reports", incident.reports, [&](json& item, const Report& report) {
        tell_report(item, report, incident, called, "report:" + id + ":" + std::to_string(number++),
                    voices, inputs);
    });
    add_facts_sentence(told, incident.summary);
}

// The declaration's section on protection: every report, each told once, and why an incident
// was not reported, in the order of the incidents. The incident's own paragraphs no longer tell
// them, so the brief's citations of reports point here.
void tell_protection_sought(json& context, const CaseView& view, const Voices& voices,
                            const ContextInputs& inputs) {
    json told = json::array();
    for_each_told(context, "incidents", view.incidents, [&](json& incident, const Incident& fact) {
        for (const auto& report : incident.value("reports", json::array())) {
            told.push_back({{"paragraph_key", report["paragraph_key"]},
                            {"first_person", report["first_person"]},
                            {"account", report["account"]},
                            {"account_unreviewed", report["account_unreviewed"]},
                            {"reason", false},
                            {"reason_unreviewed", false}});
        }
        const bool unreviewed = incident.value("not_reported_reason_unreviewed", false);
        if (!fact.not_reported_reason && !unreviewed) return;
        json paragraph = {
            {"first_person", prose::not_reported_sentence(fact, voices.declaration)},
            {"account", false},
            {"account_unreviewed", false},
            {"reason",
             fact.not_reported_reason ? json(fact.not_reported_reason->value) : json(false)},
            {"reason_unreviewed", unreviewed}};
        add_paragraph_cite(paragraph, "unreported:" + value_or(fact.id), inputs);
        if (paragraph.contains("decl_cite"))
            incident["unreported_decl_cite"] = paragraph["decl_cite"];
        told.push_back(std::move(paragraph));
    });
    context["has_protection_sought"] = !told.empty();
    context["protection_sought"] = std::move(told);
}

void tell_events(json& context, const CaseView& view, const Voices& voices,
                 const ContextInputs& inputs, const std::map<std::string, std::string>& tabs) {
    for_each_told(context, "events", view.events, [&](json& told, const Event& event) {
        told["Date_phrase"] = prose::capitalized(prose::event_date_phrase(event));
        add_both(told, voices,
                 [&](const prose::Voice& v) { return prose::event_sentence(event, v); });
        if (event.account) told["paragraphs"] = paragraphs_of(event.account->value);
        add_paragraph_cite(told, "event:" + value_or(event.id), inputs);
        const std::string cites = exhibits_cite(value_or(event.exhibits), tabs);
        if (!cites.empty()) told["exhibit_cites"] = cites;
        add_facts_sentence(told, event.summary);
    });
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
// applicant arrived is told after the arrival. Of facts with the same date (often a month), a
// protected act comes first: the march the applicant spoke at, then the threat it drew.
void build_timeline(json& context, const CaseView& view) {
    struct Told {
        CivilDate date;
        bool protected_act;
        json item;
    };
    std::vector<Told> told;
    const auto add = [&](const char* list, const char* flag, const auto& facts) {
        for_each_told(context, list, facts, [&](json& fact, const auto& record) {
            json item = fact;
            item[flag] = true;
            told.push_back({record.date->value, is_set(record.protected_act), std::move(item)});
        });
    };
    add("incidents", "is_incident", view.incidents);
    add("events", "is_event", view.events);
    std::stable_sort(told.begin(), told.end(), [](const Told& a, const Told& b) {
        if (!(a.date == b.date)) return a.date < b.date;
        return a.protected_act && !b.protected_act;
    });
    std::optional<CivilDate> arrival;
    const auto& entry = view.applicant.entry;
    // An arrival known only by its month is placed at that month's last day: "August 2024" may
    // be August 31, and a fact of August 20 is not surely after it.
    if (entry && entry->date) arrival = last_day_of(entry->date->value);
    json before = json::array();
    json after = json::array();
    for (auto& fact : told) {
        const bool later = arrival && surely_after(fact.date, *arrival);
        json& list = later ? after : before;
        // Two facts of one month under one heading, not "In or around February 2024" twice.
        fact.item["date_continues"] = !list.empty() && list.back().value("Date_phrase", "") ==
                                                           fact.item.value("Date_phrase", "");
        list.push_back(std::move(fact.item));
    }
    context["has_timeline_after_arrival"] = !after.empty();
    context["timeline_before_arrival"] = std::move(before);
    context["timeline_after_arrival"] = std::move(after);
}

void tell_relocation(json& context, const CaseView& view, const Voices& voices,
                     const ContextInputs& inputs) {
    const auto& relocation = view.claims.internal_relocation;
    if (!relocation) return;
    int number = 0;
    for_each_told(context["claims"]["internal_relocation"], "attempts", relocation->attempts,
                  [&](json& told, const RelocationAttempt& attempt) {
                      add_both(told, voices, [&](const prose::Voice& v) {
                          return prose::relocation_sentence(attempt, v);
                      });
                      add_paragraph_cite(told, "relocation:" + std::to_string(number++), inputs);
                      cite_third_person(told);
                  });
}

// For the cumulative-harm argument: the harms in one phrase and every incident's paragraphs.
void tell_harms_together(json& context, const CaseView& view, const Voices& voices,
                         const ContextInputs& inputs) {
    const json& incidents = context["incidents"];
    std::vector<std::string> harms;
    for (const auto& incident : view.incidents) {
        for (const auto& harm : value_or(incident.harms)) harms.push_back(harm);
    }
    const std::string overview = prose::harm_overview(
        harms, prose::relatives_killed(view, view.incidents, voices.brief, voices.people));
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
    // One incident is not harm "taken together": the aggregate rule has nothing to add to it.
    context["several_incidents"] = incidents.size() > 1;
}

// For humanitarian asylum: the harms severe enough to argue it on their own, with the
// paragraphs that tell them, and the letters of the asylum argument's last two parts.
void tell_severe_harm(json& context, const CaseView& view, const Voices& voices,
                      const ContextInputs& inputs) {
    static const std::set<std::string> severe = {"torture", "sexual-violence", "kidnapping",
                                                 "shooting", "killing-of-relative"};
    std::vector<std::string> harms;
    std::vector<Incident> severe_incidents;
    std::vector<int> paragraphs;
    for_each_told(context, "incidents", view.incidents, [&](json& told, const Incident& incident) {
        bool any = false;
        for (const auto& harm : value_or(incident.harms)) {
            if (!severe.count(harm)) continue;
            harms.push_back(harm);
            any = true;
        }
        if (!any) return;
        severe_incidents.push_back(incident);
        auto it = inputs.declaration_paragraphs.find(told["paragraph_key"]);
        if (it != inputs.declaration_paragraphs.end())
            paragraphs.insert(paragraphs.end(), it->second.begin(), it->second.end());
    });
    const std::string overview = prose::harm_overview(
        harms, prose::relatives_killed(view, severe_incidents, voices.brief, voices.people));
    if (!overview.empty()) {
        context["severe_harm"] = overview;
        std::sort(paragraphs.begin(), paragraphs.end());
        const std::string cite = declaration_cite(paragraphs);
        if (!cite.empty()) context["severe_harm_decl_cite"] = cite;
    }
    const bool humanitarian = !overview.empty() || view.claims.humanitarian_asylum.has_value();
    context["humanitarian_argued"] = humanitarian;
    context["discretion_letter"] = humanitarian ? "J" : "I";
    // A court of appeals does not weigh the equities itself: on a petition for review the
    // discretion part answers a Board decision that rested on discretion, and is left to the
    // agency on remand otherwise.
    context["discretion_argued"] = value_or(view.proceedings.posture) != "petition-for-review" ||
                                   appeal_challenges(view.proceedings, "discretion");
    context["has_positive_equities"] = !value_or(view.applicant.positive_equities).empty();
    context["has_criminal_history"] = !value_or(view.applicant.criminal_history).empty();
}

// Help given to designated organizations, for the brief's material-support section: told only
// once an attorney has reviewed it (the legal checks stop the build before that).
void tell_support_given(json& context, const CaseView& view, const Voices& voices) {
    std::set<std::string> designated;
    for (const auto& persecutor : view.persecutors) {
        if (is_set(persecutor.designated_terrorist_organization))
            designated.insert(value_or(persecutor.id));
    }
    json told = json::array();
    bool ended_before_designation = true;
    // The designations of Mexican cartels took effect on February 20, 2025 (registry:
    // fto-cartels).
    const CivilDate designation{2025, 2, 20, DatePrecision::Day};
    for (const auto& support : view.support_given) {
        if (!designated.count(value_or(support.to))) continue;
        told.push_back(
            {{"third_person", prose::support_sentence(support, voices.brief, voices.people)}});
        const DateField& last = support.until ? support.until : support.from;
        ended_before_designation = ended_before_designation && last && last->value < designation;
    }
    if (told.empty()) return;
    context["support_to_designated"] = std::move(told);
    context["has_support_to_designated"] = true;
    context["support_ended_before_designation"] = ended_before_designation;
}

}  // namespace

void add_fact_sentences(json& context, const CaseView& view, const ContextInputs& inputs,
                        const std::map<std::string, std::string>& tabs) {
    Voices voices;
    const Applicant& applicant = view.applicant;
    voices.brief = prose::Voice::third_person(
        context["case"]["party"],
        prose::pronouns_for(value_or(applicant.pronouns), value_or(applicant.sex)));
    voices.people = prose::people_of(view);
    tell_people(context, view, voices, inputs);
    for_each_told(context, "incidents", view.incidents, [&](json& told, const Incident& incident) {
        tell_incident(told, incident, voices, inputs);
    });
    tell_protection_sought(context, view, voices, inputs);
    tell_events(context, view, voices, inputs, tabs);
    tell_relocation(context, view, voices, inputs);
    if (view.claims.fear_of_return) {
        add_paragraph_cite(context["claims"]["fear_of_return"], "fear", inputs);
    }
    // The declaration says how the applicant belongs to each group; the brief cites it where
    // it names the group.
    for_each_told(context["claims"], "particular_social_groups",
                  view.claims.particular_social_groups, [&](json& group, const SocialGroup& fact) {
                      if (!fact.membership) return;
                      add_paragraph_cite(group, "membership:" + value_or(fact.id), inputs);
                      if (group.contains("decl_cite"))
                          group["membership_cite"] = group["decl_cite"];
                  });
    build_timeline(context, view);
    tell_harms_together(context, view, voices, inputs);
    tell_severe_harm(context, view, voices, inputs);
    tell_support_given(context, view, voices);
    add_nexus_evidence(context, view, voices.brief, voices.people);
    add_protection_evidence(context, view, voices.brief, voices.people);
    add_country_conditions(context, view, voices.brief);
}

}  // namespace amparo::render

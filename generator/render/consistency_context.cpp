// The differences come from legal/prior_statements (what differs); this file says each in words:
// the record's side, the declaration's side and where each is found.
#include "render/consistency_context.hpp"

#include <optional>
#include <set>
#include <utility>

#include "legal/prior_statements.hpp"
#include "render/case_context.hpp"
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"
#include "render/telling_order.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;
using prose::capitalized;

std::string text_of(const json& object, const char* field, const std::string& otherwise = "") {
    return object.is_object() && object.contains(field) ? object[field].get<std::string>()
                                                        : otherwise;
}

void set_text(json& object, const char* key, const std::string& value) {
    if (!value.empty()) object[key] = value;
}

// "credible fear interview", as both the memo's headings and the brief name the statement.
std::string kind_text(const std::string& kind) {
    if (kind == "credible-fear-interview") return "credible fear interview";
    if (kind == "border-interview") return "border interview";
    if (kind == "i-589") return "Form I-589";
    return "earlier statement";
}

// "the record of his credible fear interview on August 29, 2024 (Ex. D),": how the brief names
// the statement as the subject of a sentence about it, with the comma that closes its date.
std::string record_phrase(const PriorStatement& statement, const json& told, const json& applicant,
                          const std::string& cite) {
    const std::string kind = value_or(statement.kind);
    const std::string his = applicant["his"];
    const std::string date = text_of(told, "date_text");
    std::string phrase = kind == "i-589" ? his + " Form I-589 of " + date
                         : kind == "other"
                             ? his + " earlier statement of " + date
                             : "the record of " + his + " " + kind_text(kind) + " on " + date;
    return (cite.empty() ? phrase : phrase + " (" + cite + ")") + ",";
}

std::string names_of(const ListField& ids, const std::vector<Persecutor>& persecutors) {
    std::vector<std::string> names;
    for (const auto& id : value_or(ids)) {
        for (const auto& persecutor : persecutors) {
            if (value_or(persecutor.id) == id) names.push_back(value_or(persecutor.name));
        }
    }
    return join_with_and(names);
}

// An incident as the case gives it and as the context tells it (its date text and citation).
struct ToldIncident {
    const Incident* fact = nullptr;
    const json* told = nullptr;
};

ToldIncident incident_by_id(const json& context, const CaseView& view, const std::string& id) {
    ToldIncident found;
    for_each_told(context, "incidents", view.incidents,
                  [&](const json& told, const Incident& fact) {
                      if (value_or(fact.id) == id) found = {&fact, &told};
                  });
    return found;
}

// The declaration's date for an incident, "July 30, 2022 (approximate)".
std::string incident_date(const ToldIncident& incident) {
    return text_of(*incident.told, "date_text") +
           (is_set(incident.fact->date_approximate) ? " (approximate)" : "");
}

// The aspect a difference can be told by: a fact marked `consistent: false` whose incident or
// recorded value is missing is told by its own words, as a fact without an aspect is.
legal::Aspect shown_aspect(const legal::Discrepancy& found, const RecordedFact& fact,
                           const Incident* incident) {
    using legal::Aspect;
    const bool recorded = found.aspect == Aspect::Date    ? fact.recorded_date.has_value()
                          : found.aspect == Aspect::Place ? fact.recorded_place.has_value()
                          : found.aspect == Aspect::Perpetrators
                              ? fact.recorded_perpetrators.has_value()
                              : false;
    if (found.aspect == Aspect::Recorded) return Aspect::Recorded;
    if (found.aspect == Aspect::Event) {
        // An event only the record tells has no incident; an omission has no recorded fact.
        return found.fact.has_value() != (incident != nullptr) ? Aspect::Event : Aspect::Recorded;
    }
    return incident && recorded ? found.aspect : Aspect::Recorded;
}

// One difference in words: both sides, the memo's heading and the brief's sentence.
// The brief tells explained differences one after another: one that follows another of the
// same record or incident says "the same record" or "the same incident" instead of repeating it.
json describe(const legal::Discrepancy& found, const RecordedFact& said,
              const ToldIncident& incident_told, const json& context, const CaseView& view,
              const std::string& record, bool same_incident) {
    const json* incident = incident_told.told;
    const std::string summary = incident ? value_or(incident_told.fact->summary) : "";
    const std::string his = context["applicant"]["his"];
    const std::string which = !incident       ? std::string()
                              : same_incident ? "the same incident"
                                              : "the incident in which " + summary;
    const std::string cite = incident ? text_of(*incident, "decl_cite") : std::string();
    const std::string cited = cite.empty() ? "" : " (" + cite + ")";
    const std::string of_date = incident ? " of " + text_of(*incident, "date_text") : "";
    json out = {{"aspect", legal::aspect_name(found.aspect)}, {"explained", false}};
    std::string recorded, declared, heading, sentence;
    const std::string Record = capitalized(record);
    switch (shown_aspect(found, said, incident_told.fact)) {
        case legal::Aspect::Date:
            recorded = legal_date(said.recorded_date->value);
            declared = incident_date(incident_told);
            heading = "Date of the incident" + of_date;
            sentence = Record + " gives " + recorded + " as the date of " + which + "; " + his +
                       " declaration gives " + declared + cited + ".";
            break;
        case legal::Aspect::Place:
            recorded = prose::place_name(*said.recorded_place);
            declared = text_of(*incident, "place_text", "no place");
            heading = "Place of the incident" + of_date;
            sentence = Record + " places " + which + " in " + recorded + "; " + his +
                       " declaration places it in " + declared + cited + ".";
            break;
        case legal::Aspect::Perpetrators:
            recorded = names_of(said.recorded_perpetrators, view.persecutors);
            declared = text_of(*incident, "perpetrator_names", "no one");
            if (recorded.empty()) recorded = "no one";
            if (declared.empty()) declared = "no one";
            heading = "Who did it, in the incident" + of_date;
            sentence = Record + " names " + recorded + " as responsible for " + which + "; " + his +
                       " declaration names " + declared + cited + ".";
            break;
        case legal::Aspect::Event:
            if (!found.fact) {
                recorded = "Not mentioned";
                declared = text_of(*incident, "date_text") + ": " + summary;
                heading = "The incident" + of_date + ", not in the record";
                sentence = Record + " does not mention " + which + ", which " + his +
                           " declaration tells" + cited + ".";
            } else {
                recorded = value_or(said.fact, "(the record's words are not entered)");
                declared = "Not told";
                heading = "An event only the record tells";
                sentence =
                    Record + " tells of an event " + his + " declaration does not. " + recorded;
            }
            break;
        default:
            recorded = value_or(said.fact, "(the record's words are not entered)");
            declared = incident ? text_of(*incident, "date_text") + ": " + summary : "";
            heading = incident ? "The incident" + of_date : "A fact of the record";
            sentence = Record + " differs from " + his + " declaration" +
                       (incident ? " about " + which + cited : "") + ". " + recorded;
            break;
    }
    set_text(out, "recorded_text", recorded);
    set_text(out, "declaration_text", declared);
    set_text(out, "declaration_cite", cite);
    set_text(out, "heading", heading);
    set_text(out, "sentence", sentence);
    if (!found.incident.empty()) out["incident_id"] = found.incident;
    if (found.explanation) {
        out["explanation"] = *found.explanation;
        out["explained"] = true;
    }
    return out;
}

}  // namespace

void add_consistency(json& context, const CaseView& view,
                     const std::map<std::string, std::string>& tabs) {
    const auto& statements = view.prior_statements;
    context["has_prior_statements"] = !statements.empty();
    if (statements.empty()) return;
    const auto found = legal::find_discrepancies(view);
    json consistency = {{"statements", json::array()}, {"explained", json::array()}};
    std::size_t unexplained = 0;
    std::set<std::size_t> explaining_statements;  // statements with an explained difference
    // The statement and incident of the last explained difference, which the brief told last.
    std::optional<std::pair<std::size_t, std::string>> last_explained;
    for (std::size_t s = 0; s < statements.size(); ++s) {
        const PriorStatement& statement = statements[s];
        const json& told = context["prior_statements"][s];
        std::string cite;
        if (auto it = tabs.find(value_or(statement.exhibit)); it != tabs.end()) {
            cite = exhibit_cite({it->second});
        }
        const std::string kind = value_or(statement.kind);
        const std::string record = record_phrase(statement, told, context["applicant"], cite);
        json entry = {{"id", value_or(statement.id)},
                      {"kind", kind},
                      {"date", told["date"]},
                      {"title", capitalized(kind_text(kind)) + ", " + text_of(told, "date_text")},
                      {"label", capitalized(kind_text(kind))},
                      {"Record_phrase", capitalized(record)},
                      {"discrepancies", json::array()}};
        set_text(entry, "exhibit_cite", cite);
        set_text(entry, "interpreter_language", value_or(statement.interpreter_language));
        for (const auto& discrepancy : found) {
            if (discrepancy.statement != s) continue;
            const ToldIncident incident = discrepancy.incident.empty()
                                              ? ToldIncident{}
                                              : incident_by_id(context, view, discrepancy.incident);
            const RecordedFact said =
                discrepancy.fact ? statement.recorded_facts.at(*discrepancy.fact) : RecordedFact{};
            const bool explained = discrepancy.explanation.has_value();
            const bool same_record = explained && last_explained && last_explained->first == s;
            const bool same_incident = explained && last_explained && incident.fact &&
                                       last_explained->second == discrepancy.incident;
            json described = describe(discrepancy, said, incident, context, view,
                                      same_record ? "the same record" : record, same_incident);
            if (explained) last_explained = {s, discrepancy.incident};
            described["number"] = entry["discrepancies"].size() + 1;
            if (described["explained"].get<bool>()) {
                explaining_statements.insert(s);
                consistency["explained"].push_back(described);
            } else {
                ++unexplained;
            }
            entry["discrepancies"].push_back(described);
        }
        entry["has_discrepancies"] = !entry["discrepancies"].empty();
        entry["differences_count"] = count_of(entry["discrepancies"].size(), "point", "points");
        entry["agrees"] = !statement.recorded_facts.empty() && entry["discrepancies"].empty();
        consistency["statements"].push_back(entry);
    }
    consistency["has_explained"] = !consistency["explained"].empty();
    consistency["explained_one"] = consistency["explained"].size() == 1;
    consistency["explained_in_one_statement"] = explaining_statements.size() == 1;
    consistency["unexplained_count"] = unexplained;
    context["consistency"] = consistency;
}

json consistency_report(const json& context) {
    json report = json::array();
    if (!context.contains("consistency")) return report;
    for (const auto& statement : context["consistency"]["statements"]) {
        const std::string source =
            text_of(statement, "title") + (statement.contains("exhibit_cite")
                                               ? " (" + text_of(statement, "exhibit_cite") + ")"
                                               : "");
        json entry = {{"id", statement["id"]},
                      {"kind", statement["kind"]},
                      {"date", statement["date"]},
                      {"source", source},
                      {"discrepancies", json::array()}};
        for (const auto& found : statement["discrepancies"]) {
            const std::string cite = text_of(found, "declaration_cite");
            entry["discrepancies"].push_back(
                {{"aspect", found["aspect"]},
                 {"incident", found.value("incident_id", json())},
                 {"prior_statement",
                  {{"source", source}, {"says", text_of(found, "recorded_text")}}},
                 {"declaration",
                  {{"source", cite.empty() ? "Declaration" : cite},
                   {"says", text_of(found, "declaration_text")}}},
                 {"explanation", found.value("explanation", json())}});
        }
        report.push_back(entry);
    }
    return report;
}

}  // namespace amparo::render

// The differences come from legal/prior_statements (what differs); this file says each in words:
// the record's side, the declaration's side and where each is found.
#include "render/consistency_context.hpp"

#include <set>

#include "legal/prior_statements.hpp"
#include "render/case_context.hpp"
#include "render/legal_text.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

std::string text_of(const json& object, const char* field, const std::string& otherwise = "") {
    return object.is_object() && object.contains(field) ? object[field].get<std::string>()
                                                        : otherwise;
}

void set_text(json& object, const char* key, const std::string& value) {
    if (!value.empty()) object[key] = value;
}

std::string capitalized(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 32);
    return text;
}

// "credible fear interview", as both the memo's headings and the brief name the statement.
std::string kind_text(const std::string& kind) {
    if (kind == "credible-fear-interview") return "credible fear interview";
    if (kind == "border-interview") return "border interview";
    if (kind == "i-589") return "Form I-589";
    return "earlier statement";
}

// "the record of his credible fear interview on August 29, 2024 (Ex. D)": how the brief names
// the statement at the start of a sentence about it.
std::string record_phrase(const json& statement, const json& applicant, const std::string& cite) {
    const std::string kind = statement["kind"];
    const std::string his = applicant["his"];
    const std::string date = text_of(statement, "date_text");
    std::string phrase = kind == "i-589" ? his + " Form I-589 of " + date
                         : kind == "other"
                             ? his + " earlier statement of " + date
                             : "the record of " + his + " " + kind_text(kind) + " on " + date;
    return cite.empty() ? phrase : phrase + " (" + cite + ")";
}

std::string names_of(const json& ids, const json& persecutors) {
    std::vector<std::string> names;
    for (const auto& id : ids) {
        for (const auto& persecutor : persecutors) {
            if (persecutor["id"] == id) names.push_back(persecutor["name"]);
        }
    }
    return join_with_and(names);
}

const json* incident_by_id(const json& context, const std::string& id) {
    for (const auto& incident : context["incidents"]) {
        if (incident["id"] == id) return &incident;
    }
    return nullptr;
}

// The declaration's date for an incident, "July 30, 2022 (approximate)".
std::string incident_date(const json& incident) {
    return text_of(incident, "date_text") +
           (incident.value("date_approximate", false) ? " (approximate)" : "");
}

// The aspect a difference can be told by: a fact marked `consistent: false` whose incident or
// recorded value is missing is told by its own words, as a fact without an aspect is.
legal::Aspect shown_aspect(const legal::Discrepancy& found, const json& fact,
                           const json* incident) {
    using legal::Aspect;
    const char* needs = found.aspect == Aspect::Date           ? "recorded_date_text"
                        : found.aspect == Aspect::Place        ? "recorded_place_text"
                        : found.aspect == Aspect::Perpetrators ? "recorded_perpetrators"
                                                               : nullptr;
    if (found.aspect == Aspect::Recorded) return Aspect::Recorded;
    if (found.aspect == Aspect::Event) {
        // An event only the record tells has no incident; an omission has no recorded fact.
        return found.fact.has_value() != (incident != nullptr) ? Aspect::Event : Aspect::Recorded;
    }
    return incident && fact.contains(needs) ? found.aspect : Aspect::Recorded;
}

// One difference in words: both sides, the memo's heading and the brief's sentence.
json describe(const legal::Discrepancy& found, const json& fact, const json* incident,
              const json& context, const std::string& record) {
    const json& persecutors = context.value("persecutors", json::array());
    const std::string his = context["applicant"]["his"];
    const std::string which =
        incident ? "the incident in which " + text_of(*incident, "summary") : std::string();
    const std::string cite = incident ? text_of(*incident, "decl_cite") : std::string();
    const std::string cited = cite.empty() ? "" : " (" + cite + ")";
    const std::string of_date = incident ? " of " + text_of(*incident, "date_text") : "";
    json out = {{"aspect", legal::aspect_name(found.aspect)}, {"explained", false}};
    std::string recorded, declared, heading, sentence;
    const std::string Record = capitalized(record);
    switch (shown_aspect(found, fact, incident)) {
        case legal::Aspect::Date:
            recorded = text_of(fact, "recorded_date_text");
            declared = incident_date(*incident);
            heading = "Date of the incident" + of_date;
            sentence = Record + " gives " + recorded + " as the date of " + which + "; " + his +
                       " declaration gives " + declared + cited + ".";
            break;
        case legal::Aspect::Place:
            recorded = text_of(fact, "recorded_place_text");
            declared = text_of(*incident, "place_text", "no place");
            heading = "Place of the incident" + of_date;
            sentence = Record + " places " + which + " in " + recorded + "; " + his +
                       " declaration places it in " + declared + cited + ".";
            break;
        case legal::Aspect::Perpetrators:
            recorded = names_of(fact["recorded_perpetrators"], persecutors);
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
                declared = text_of(*incident, "date_text") + ": " + text_of(*incident, "summary");
                heading = "The incident" + of_date + ", not in the record";
                sentence = Record + " does not mention " + which + ", which " + his +
                           " declaration tells" + cited + ".";
            } else {
                recorded = text_of(fact, "fact", "(the record's words are not entered)");
                declared = "Not told";
                heading = "An event only the record tells";
                sentence =
                    Record + " tells of an event " + his + " declaration does not. " + recorded;
            }
            break;
        default:
            recorded = text_of(fact, "fact", "(the record's words are not entered)");
            declared = incident
                           ? text_of(*incident, "date_text") + ": " + text_of(*incident, "summary")
                           : "";
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

void add_consistency(json& context, const json& validated_case,
                     const std::map<std::string, std::string>& tabs) {
    const json statements = context.value("prior_statements", json::array());
    context["has_prior_statements"] = !statements.empty();
    if (statements.empty()) return;
    const auto found = legal::find_discrepancies(validated_case);
    json consistency = {{"statements", json::array()}, {"explained", json::array()}};
    std::size_t unexplained = 0;
    std::set<std::size_t> explaining_statements;  // statements with an explained difference
    for (std::size_t s = 0; s < statements.size(); ++s) {
        const json& statement = statements[s];
        std::string cite;
        if (auto it = tabs.find(text_of(statement, "exhibit")); it != tabs.end()) {
            cite = exhibit_cite({it->second});
        }
        const std::string kind = statement["kind"];
        const std::string record = record_phrase(statement, context["applicant"], cite);
        json entry = {
            {"id", statement["id"]},
            {"kind", kind},
            {"date", statement["date"]},
            {"title", capitalized(kind_text(kind)) + ", " + text_of(statement, "date_text")},
            {"label", capitalized(kind_text(kind))},
            {"Record_phrase", capitalized(record)},
            {"discrepancies", json::array()}};
        set_text(entry, "exhibit_cite", cite);
        set_text(entry, "interpreter_language", text_of(statement, "interpreter_language"));
        const json facts = statement.value("recorded_facts", json::array());
        for (const auto& discrepancy : found) {
            if (discrepancy.statement != s) continue;
            const json* incident = discrepancy.incident.empty()
                                       ? nullptr
                                       : incident_by_id(context, discrepancy.incident);
            const json& fact = discrepancy.fact ? facts[*discrepancy.fact] : json::object();
            json described = describe(discrepancy, fact, incident, context, record);
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
        entry["agrees"] = !facts.empty() && entry["discrepancies"].empty();
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

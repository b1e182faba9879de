// Each recorded fact is compared with the incident it names; what it does not name is not
// compared, so a record that is silent on a point never counts as a difference.
#include "legal/prior_statements.hpp"

#include <algorithm>
#include <set>

#include "casefile/civil_date.hpp"
#include "casefile/json_pointer.hpp"

namespace amparo::legal {

namespace {

using nlohmann::json;

// "Michoacán" and "MICHOACAN" are the same place: interview records often drop accents.
std::string folded(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            auto b = static_cast<unsigned char>(text[++i]);
            if (b >= 0x80 && b <= 0x9E) b = static_cast<unsigned char>(b + 0x20);  // lower case
            const char base = b <= 0xA5   ? 'a'
                              : b == 0xA7 ? 'c'
                              : b <= 0xAB ? 'e'
                              : b <= 0xAF ? 'i'
                              : b == 0xB1 ? 'n'
                              : b <= 0xB6 ? 'o'
                              : b <= 0xBC ? 'u'
                                          : 'y';
            out += base;
        } else if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::tolower(c));
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The days a date can mean, as [first, last] days since the epoch.
std::pair<std::int64_t, std::int64_t> day_range(const CivilDate& date) {
    return {days_since_epoch(date), days_since_epoch(last_day_of(date))};
}

// An approximate date ("on or about") stretches a week either side: a record a few days off an
// approximate date is not a contradiction an attorney must explain.
constexpr std::int64_t kApproximateDays = 7;

bool dates_agree(const std::string& recorded, const json& incident) {
    auto said = parse_civil_date(recorded);
    auto told = parse_civil_date(incident["date"].get<std::string>());
    if (!said || !told) return true;
    auto [said_first, said_last] = day_range(*said);
    auto [told_first, told_last] = day_range(*told);
    if (incident.value("date_approximate", false)) {
        told_first -= kApproximateDays;
        told_last += kApproximateDays;
    }
    return said_first <= told_last && told_first <= said_last;
}

bool places_agree(const json& recorded, const json& incident) {
    const json told = incident.value("place", json::object());
    for (const char* field : {"city", "state", "country"}) {
        if (recorded.contains(field) && told.contains(field) &&
            folded(recorded[field].get<std::string>()) != folded(told[field].get<std::string>())) {
            return false;
        }
    }
    return true;
}

std::set<std::string> id_set(const json& ids) {
    std::set<std::string> out;
    for (const auto& id : ids) out.insert(id.get<std::string>());
    return out;
}

const json* find_incident(const json& case_data, const std::string& id) {
    if (!case_data.contains("incidents")) return nullptr;
    for (const auto& incident : case_data.at("incidents")) {
        if (incident["id"] == id) return &incident;
    }
    return nullptr;
}

std::optional<Aspect> aspect_of(const json& fact) {
    if (!fact.contains("aspect")) return std::nullopt;
    const std::string name = fact["aspect"];
    if (name == "date") return Aspect::Date;
    if (name == "place") return Aspect::Place;
    if (name == "perpetrators") return Aspect::Perpetrators;
    return Aspect::Event;
}

// Whether the fact, compared with its incident, differs from the declaration.
bool differs(const json& fact, Aspect aspect, const json* incident) {
    if (aspect == Aspect::Event) return incident == nullptr;
    if (!incident) return false;
    switch (aspect) {
        case Aspect::Date:
            return fact.contains("recorded_date") &&
                   !dates_agree(fact["recorded_date"].get<std::string>(), *incident);
        case Aspect::Place:
            return fact.contains("recorded_place") &&
                   !places_agree(fact["recorded_place"], *incident);
        case Aspect::Perpetrators:
            return fact.contains("recorded_perpetrators") &&
                   id_set(fact["recorded_perpetrators"]) !=
                       id_set(incident->value("perpetrators", json::array()));
        default:
            return false;
    }
}

std::optional<std::string> explanation_of(const json& object, const char* field) {
    if (object.contains(field)) return object[field].get<std::string>();
    return std::nullopt;
}

// Incidents of the declaration dated before the statement that a statement listing what it
// covered does not mention. An incident after the statement could not have been in it.
void add_omissions(const json& case_data, const json& statement, std::size_t index,
                   std::vector<Discrepancy>& out) {
    if (!statement.contains("incidents_covered")) return;
    std::set<std::string> mentioned = id_set(statement["incidents_covered"]);
    for (const auto& fact : statement.value("recorded_facts", json::array())) {
        if (fact.contains("incident")) mentioned.insert(fact["incident"].get<std::string>());
    }
    auto made = parse_civil_date(statement["date"].get<std::string>());
    for (const auto& incident : case_data.value("incidents", json::array())) {
        const std::string id = incident["id"];
        auto date = parse_civil_date(incident["date"].get<std::string>());
        if (mentioned.count(id) || !made || !date || !(*date < *made)) continue;
        out.push_back({index, std::nullopt, Aspect::Event, id,
                       explanation_of(statement, "omission_explanation")});
    }
}

}  // namespace

const char* aspect_name(Aspect aspect) {
    switch (aspect) {
        case Aspect::Date:
            return "date";
        case Aspect::Place:
            return "place";
        case Aspect::Perpetrators:
            return "perpetrators";
        case Aspect::Event:
            return "event";
        default:
            return "recorded";
    }
}

std::vector<Discrepancy> find_discrepancies(const json& case_data) {
    std::vector<Discrepancy> out;
    const auto statements = case_data.value("prior_statements", json::array());
    for (std::size_t s = 0; s < statements.size(); ++s) {
        const auto facts = statements[s].value("recorded_facts", json::array());
        for (std::size_t f = 0; f < facts.size(); ++f) {
            const json& fact = facts[f];
            const std::string incident_id = fact.value("incident", std::string());
            const json* incident =
                incident_id.empty() ? nullptr : find_incident(case_data, incident_id);
            const auto aspect = aspect_of(fact);
            // The paralegal's own judgment counts as much as the comparison.
            const bool marked = fact.value("consistent", true) == false;
            if (!marked && !(aspect && differs(fact, *aspect, incident))) continue;
            out.push_back({s, f, aspect.value_or(Aspect::Recorded), incident_id,
                           explanation_of(fact, "explanation")});
        }
        add_omissions(case_data, statements[s], s, out);
    }
    return out;
}

std::string discrepancy_pointer(const json& case_data, const Discrepancy& discrepancy) {
    const std::string statement = pointer_append("/prior_statements", discrepancy.statement);
    if (!discrepancy.fact) return pointer_append(statement, "incidents_covered");
    const std::string fact =
        pointer_append(pointer_append(statement, "recorded_facts"), *discrepancy.fact);
    const json& value = case_data.at(json::json_pointer(fact));
    for (const char* field : {"recorded_date", "recorded_place", "recorded_perpetrators",
                              "consistent", "aspect", "fact"}) {
        if (value.contains(field)) return pointer_append(fact, field);
    }
    return fact;
}

}  // namespace amparo::legal

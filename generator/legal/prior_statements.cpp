// Each recorded fact is compared with the incident it names; what it does not name is not
// compared, so a record that is silent on a point never counts as a difference.
#include "legal/prior_statements.hpp"

#include <algorithm>
#include <set>

namespace amparo::legal {

namespace {

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

bool dates_agree(const CivilDate& said, const Incident& incident) {
    if (!incident.date) return true;
    auto [said_first, said_last] = day_range(said);
    auto [told_first, told_last] = day_range(incident.date->value);
    if (is_set(incident.date_approximate)) {
        told_first -= kApproximateDays;
        told_last += kApproximateDays;
    }
    return said_first <= told_last && told_first <= said_last;
}

bool places_agree(const Place& recorded, const Incident& incident) {
    if (!incident.place) return true;
    const Place& told = *incident.place;
    for (auto field : {&Place::city, &Place::state, &Place::country}) {
        const TextField& said = recorded.*field;
        const TextField& declared = told.*field;
        if (said && declared && folded(said->value) != folded(declared->value)) return false;
    }
    return true;
}

std::set<std::string> id_set(const ListField& ids) {
    const auto list = value_or(ids);
    return {list.begin(), list.end()};
}

const Incident* find_incident(const CaseView& view, const std::string& id) {
    for (const auto& incident : view.incidents) {
        if (value_or(incident.id) == id) return &incident;
    }
    return nullptr;
}

std::optional<Aspect> aspect_of(const RecordedFact& fact) {
    if (!fact.aspect) return std::nullopt;
    const std::string& name = fact.aspect->value;
    if (name == "date") return Aspect::Date;
    if (name == "place") return Aspect::Place;
    if (name == "perpetrators") return Aspect::Perpetrators;
    return Aspect::Event;
}

// Whether the fact, compared with its incident, differs from the declaration.
bool differs(const RecordedFact& fact, Aspect aspect, const Incident* incident) {
    if (aspect == Aspect::Event) return incident == nullptr;
    if (!incident) return false;
    switch (aspect) {
        case Aspect::Date:
            return fact.recorded_date && !dates_agree(fact.recorded_date->value, *incident);
        case Aspect::Place:
            return fact.recorded_place && !places_agree(*fact.recorded_place, *incident);
        case Aspect::Perpetrators:
            return fact.recorded_perpetrators &&
                   id_set(fact.recorded_perpetrators) != id_set(incident->perpetrators);
        default:
            return false;
    }
}

std::optional<std::string> explanation_of(const TextField& field) {
    if (field) return field->value;
    return std::nullopt;
}

// Where a diagnostic about the fact points: the recorded value the comparison read, else the
// mark or the words that make it a difference.
SourceRef where_of_fact(const RecordedFact& fact) {
    if (fact.recorded_date) return fact.recorded_date->where;
    if (fact.recorded_place) return fact.recorded_place->where;
    if (fact.recorded_perpetrators) return fact.recorded_perpetrators->where;
    if (fact.consistent) return fact.consistent->where;
    if (fact.aspect) return fact.aspect->where;
    if (fact.fact) return fact.fact->where;
    return fact.where;
}

// Incidents of the declaration dated before the statement that a statement listing what it
// covered does not mention. An incident after the statement could not have been in it.
void add_omissions(const CaseView& view, const PriorStatement& statement, std::size_t index,
                   std::vector<Discrepancy>& out) {
    if (!statement.incidents_covered || !statement.date) return;
    std::set<std::string> mentioned = id_set(statement.incidents_covered);
    for (const auto& fact : statement.recorded_facts) {
        if (fact.incident) mentioned.insert(fact.incident->value);
    }
    const CivilDate& made = statement.date->value;
    for (const auto& incident : view.incidents) {
        const std::string id = value_or(incident.id);
        if (mentioned.count(id) || !incident.date || !(incident.date->value < made)) continue;
        out.push_back({index, std::nullopt, Aspect::Event, id,
                       explanation_of(statement.omission_explanation),
                       statement.incidents_covered->where});
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

std::vector<Discrepancy> find_discrepancies(const CaseView& view) {
    std::vector<Discrepancy> out;
    for (std::size_t s = 0; s < view.prior_statements.size(); ++s) {
        const PriorStatement& statement = view.prior_statements[s];
        for (std::size_t f = 0; f < statement.recorded_facts.size(); ++f) {
            const RecordedFact& fact = statement.recorded_facts[f];
            const std::string incident_id = value_or(fact.incident);
            const Incident* incident =
                incident_id.empty() ? nullptr : find_incident(view, incident_id);
            const auto aspect = aspect_of(fact);
            // The paralegal's own judgment counts as much as the comparison.
            const bool marked = fact.consistent && !fact.consistent->value;
            if (!marked && !(aspect && differs(fact, *aspect, incident))) continue;
            out.push_back({s, f, aspect.value_or(Aspect::Recorded), incident_id,
                           explanation_of(fact.explanation), where_of_fact(fact)});
        }
        add_omissions(view, statement, s, out);
    }
    return out;
}

}  // namespace amparo::legal

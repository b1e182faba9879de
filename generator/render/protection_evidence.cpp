// State protection, CAT acquiescence and relocation from the record: the reports made and what
// came of them, the officials among the persecutors, and what happened after the applicant left.
#include <algorithm>
#include <map>
#include <set>

#include "casefile/civil_date.hpp"
#include "render/argument_evidence.hpp"
#include "render/case_context.hpp"
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"
#include "render/telling_order.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

bool is_official(const Persecutor& persecutor) {
    static const std::set<std::string> kinds = {"police", "military", "other-official"};
    return is_set(persecutor.state_actor) || kinds.count(value_or(persecutor.kind));
}

// Responses that left the reporter unprotected; an arrest or an offer of protection is the
// government acting, which the attorney must answer rather than amparo call a failure.
bool left_unprotected(const std::string& response_kind) {
    static const std::set<std::string> kinds = {"no-action", "report-taken-no-investigation",
                                                "advised-to-pay-or-leave", "told-the-persecutor",
                                                "threatened-the-reporter"};
    return kinds.count(response_kind) > 0;
}

// A report, its incident's context (for the ordinal) and its own (for the citations).
struct ToldReport {
    const json* incident;
    const json* told;
    const Report* report;
    const Incident* fact;
};

std::vector<ToldReport> reports_of(const json& context, const CaseView& view) {
    std::vector<ToldReport> reports;
    // Pointers into the context itself: value() would hand back a copy.
    for_each_told(context, "incidents", view.incidents,
                  [&](const json& incident, const Incident& fact) {
                      for_each_told(incident, "reports", fact.reports,
                                    [&](const json& told, const Report& report) {
                                        reports.push_back({&incident, &told, &report, &fact});
                                    });
                  });
    return reports;
}

// "He and his family turned to the authorities three times." and what came of it.
json reports_told(const json& context, const CaseView& view, const prose::Voice& brief,
                  const prose::People& people) {
    json told = json::array();
    const auto reports = reports_of(context, view);
    if (reports.empty()) return told;
    bool by_applicant = false, by_others = false, all_failed = true;
    for (const auto& [incident, cited, report, fact] : reports) {
        const bool applicant =
            !report->reported_by_other && value_or(report->reported_by, "applicant") == "applicant";
        (applicant ? by_applicant : by_others) = true;
        all_failed = all_failed && left_unprotected(value_or(report->response_kind));
    }
    const std::string who = by_applicant && by_others
                                ? brief.name() + " and " + brief.possessive() + " family"
                            : by_applicant ? brief.name()
                                           : prose::capitalized(brief.possessive()) + " family";
    std::string sentence = who + " turned to the authorities " +
                           (reports.size() == 1   ? std::string("once")
                            : reports.size() == 2 ? std::string("twice")
                                                  : count_of(reports.size(), "time", "times"));
    sentence = prose::as_sentence(sentence);
    if (all_failed) {
        sentence += reports.size() == 1
                        ? " The report brought neither an investigation nor protection."
                        : " No report brought an investigation or protection.";
    }
    told.push_back({{"sentence", sentence}});
    // The list of reports that follows tells each outcome; with one report, singling it out
    // first would say the same thing twice in a row.
    if (reports.size() == 1) return told;
    for (const auto& [incident, cited, report, fact] : reports) {
        const std::string kind = value_or(report->response_kind);
        if (kind != "told-the-persecutor" && kind != "threatened-the-reporter") continue;
        const std::string what =
            kind == "told-the-persecutor"
                ? "told " + prose::persecutors_of(*fact, people) + " about the report"
                : "threatened the person who reported it";
        told.push_back(
            {{"sentence", prose::cited("Worse, after " + incident->at("called").get<std::string>() +
                                           " was reported, the authorities " + what + ".",
                                       cited->value("decl_cite", ""))}});
    }
    return told;
}

// "The declaration explains why the second and fourth incidents were not reported (...)."
json unreported_told(const json& context, const CaseView& view) {
    std::vector<std::string> ordinals;
    std::string cites;
    for_each_told(context, "incidents", view.incidents,
                  [&](const json& incident, const Incident& fact) {
                      if (!fact.not_reported_reason) return;
                      ordinals.push_back(incident["ordinal"]);
                      const std::string cite = incident.value("unreported_decl_cite", "");
                      if (!cite.empty()) cites += (cites.empty() ? "" : "; ") + cite;
                  });
    json told = json::array();
    if (ordinals.empty()) return told;
    told.push_back(
        {{"sentence", prose::cited("The declaration explains why " +
                                       incidents_named(ordinals, view.incidents.size()) +
                                       (ordinals.size() == 1 ? " was" : " were") + " not reported.",
                                   cites)}});
    return told;
}

// Each official persecutor and the incidents it took part in: "The municipal police of Iguala
// took part in the first and third incidents (Decl. ¶¶ 8, 12)."
json officials_took_part(const json& context, const CaseView& view) {
    std::map<std::string, std::string> officials;  // id -> name
    for (const auto& persecutor : view.persecutors) {
        if (is_official(persecutor)) officials[value_or(persecutor.id)] = value_or(persecutor.name);
    }
    json told = json::array();
    // Not a structured binding: a lambda below reads the id, and clang (C++20 as Debian 12's
    // clang 14 implements it) refuses to capture a binding.
    for (const auto& official : officials) {
        const std::string& id = official.first;
        const std::string& name = official.second;
        std::vector<std::string> ordinals;
        std::vector<int> paragraphs;
        for_each_told(
            context, "incidents", view.incidents, [&](const json& incident, const Incident& fact) {
                const auto perpetrators = value_or(fact.perpetrators);
                if (std::find(perpetrators.begin(), perpetrators.end(), id) == perpetrators.end())
                    return;
                ordinals.push_back(incident["ordinal"]);
                for (const auto& paragraph : incident.value("decl_paragraphs", json::array()))
                    paragraphs.push_back(paragraph.get<int>());
            });
        if (ordinals.empty()) continue;
        std::sort(paragraphs.begin(), paragraphs.end());
        const std::string cite = declaration_cite(paragraphs);
        told.push_back(
            {{"sentence",
              prose::cited(prose::as_sentence(prose::as_subject(name) + " took part in " +
                                              incidents_named(ordinals, view.incidents.size())),
                           cite)}});
    }
    return told;
}

// Reports the officials received and did not act on, and the harm that followed them: the
// officials were aware of the activity beforehand (8 C.F.R. § 1208.18(a)(7)). The activity is
// that of the persecutors reported: a later incident by others (soldiers after a complaint
// about the police) does not follow from what the officials knew.
json officials_knew(const json& context, const CaseView& view) {
    json told = json::array();
    std::map<std::string, CivilDate> known_since;  // persecutor id -> first report of its harm
    for (const auto& [incident, cited, report, fact] : reports_of(context, view)) {
        if (!left_unprotected(value_or(report->response_kind))) continue;
        told.push_back({{"sentence", cited->value("third_person_listed", "")}});
        if (!report->date) continue;
        for (const auto& id : value_or(fact->perpetrators)) {
            auto [known, inserted] = known_since.emplace(id, report->date->value);
            if (!inserted && report->date->value < known->second)
                known->second = report->date->value;
        }
    }
    std::optional<CivilDate> from;
    std::vector<std::string> later;
    for_each_told(
        context, "incidents", view.incidents, [&](const json& incident, const Incident& fact) {
            std::optional<CivilDate> known;
            for (const auto& id : value_or(fact.perpetrators)) {
                auto it = known_since.find(id);
                if (it == known_since.end() || !(last_day_of(it->second) < fact.date->value))
                    continue;
                if (!known || it->second < *known) known = it->second;
            }
            if (!known) return;
            later.push_back(incident["ordinal"]);
            if (!from || *known < *from) from = known;
        });
    if (!later.empty()) {
        told.push_back({{"sentence", "From " + legal_date(*from) + date_closing_comma(*from) +
                                         " the authorities knew of the threat; " +
                                         incidents_named(later, view.incidents.size()) +
                                         " followed, and no official intervened."}});
    }
    return told;
}

std::string cites_of_facts(const json& facts) {
    std::string cites;
    for (const auto& fact : facts) {
        const std::string cite = fact.value("decl_cite", "");
        if (!cite.empty()) cites += (cites.empty() ? "" : "; ") + cite;
    }
    return cites;
}

// The facts that bear on whether torture is more likely than not on return.
json torture_likelihood(const json& context, const CaseView& view, const prose::Voice& brief) {
    json told = json::array();
    const std::string country = context["applicant"]["country"];
    if (context.contains("harm_overview")) {
        told.push_back({{"sentence", prose::cited(prose::as_sentence(
                                                      brief.name() + " has already suffered " +
                                                      context["harm_overview"].get<std::string>()),
                                                  context.value("incidents_decl_cite", ""))}});
    }
    const json attempts =
        context["claims"].value(json::json_pointer("/internal_relocation/attempts"), json::array());
    if (!attempts.empty()) {
        told.push_back(
            {{"sentence",
              prose::cited(prose::as_sentence(prose::capitalized(brief.subject()) +
                                              " tried to live elsewhere in " + country + " " +
                                              (attempts.size() == 1 ? std::string("once")
                                               : attempts.size() == 2
                                                   ? std::string("twice")
                                                   : count_of(attempts.size(), "time", "times")) +
                                              ", and the danger did not end"),
                           cites_of_facts(attempts))}});
    }
    for_each_told(context, "events", view.events, [&](const json& event, const Event& fact) {
        if (value_or(fact.kind) == "search-after-departure" && event.contains("facts_sentence")) {
            told.push_back(
                {{"sentence", "The persecutors have not stopped looking for " + brief.object() +
                                  ". " + event["facts_sentence"].get<std::string>()}});
        }
    });
    std::vector<std::string> tabs;
    for_each_told(context, "exhibits", view.exhibits,
                  [&](const json& exhibit, const Exhibit& fact) {
                      const std::string kind = value_or(fact.kind);
                      if (kind == "country-conditions" || kind == "expert")
                          tabs.push_back(exhibit["tab"]);
                  });
    if (!tabs.empty()) {
        told.push_back(
            {{"sentence", prose::cited("The country-conditions evidence corroborates the "
                                       "danger.",
                                       exhibit_cite(tabs))}});
    }
    return told;
}

}  // namespace

void add_protection_evidence(json& context, const CaseView& view, const prose::Voice& brief,
                             const prose::People& people) {
    json state = {{"reports", reports_told(context, view, brief, people)},
                  {"unreported", unreported_told(context, view)},
                  {"officials", officials_took_part(context, view)}};
    state["has_reports"] = !state["reports"].empty();
    state["has_officials"] = !state["officials"].empty();
    state["has_unreported"] = !state["unreported"].empty();
    state["any"] = state["has_reports"].get<bool>() || state["has_officials"].get<bool>() ||
                   state["has_unreported"].get<bool>();
    context["state_protection_evidence"] = state;

    json cat = {{"took_part", state["officials"]},
                {"knew", officials_knew(context, view)},
                {"likelihood", torture_likelihood(context, view, brief)}};
    cat["has_took_part"] = !cat["took_part"].empty();
    cat["has_knew"] = !cat["knew"].empty();
    cat["has_likelihood"] = !cat["likelihood"].empty();
    cat["any_officials"] = cat["has_took_part"].get<bool>() || cat["has_knew"].get<bool>();
    context["cat_evidence"] = std::move(cat);
}

}  // namespace amparo::render

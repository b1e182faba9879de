// Computed fields, grouped by the part of the case they belong to.
#include "render/case_context.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "casefile/civil_date.hpp"
#include "legal/appellate_review.hpp"
#include "legal/circuit_of_court.hpp"
#include "legal/gender_related_group.hpp"
#include "legal/one_year_deadline.hpp"
#include "render/appeal_context.hpp"
#include "render/consistency_context.hpp"
#include "render/cover_context.hpp"
#include "render/fact_sentences.hpp"
#include "render/legal_text.hpp"
#include "render/procedural_history.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"
#include "render/telling_order.hpp"
#include "render/translation_certificates.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;
using prose::capitalized;

// Adds FIELD_text (legal style) beside a date the case gives.
void add_date_text(json& object, const std::string& field, const DateField& date) {
    if (date) object[field + "_text"] = legal_date(date->value);
}

// Adds FIELD_text ("Uruapan, Michoacán, Mexico") beside a place the case gives.
void add_place_text(json& object, const std::string& field, const std::optional<Place>& place) {
    if (place) object[field + "_text"] = prose::place_name(*place);
}

}  // namespace

json paragraphs_of(const std::string& text) {
    json paragraphs = json::array();
    std::string current;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        bool blank = line.find_first_not_of(" \t\r") == std::string::npos;
        if (blank) {
            if (!current.empty()) paragraphs.push_back({{"text", current}});
            current.clear();
        } else {
            current += (current.empty() ? "" : " ") + line.substr(line.find_first_not_of(" \t"));
        }
        start = end + 1;
    }
    if (!current.empty()) paragraphs.push_back({{"text", current}});
    return paragraphs;
}

namespace {

json lines_of(const std::string& text) {
    json lines = json::array();
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (line.find_first_not_of(" \t") != std::string::npos) lines.push_back({{"line", line}});
        start = end + 1;
    }
    return lines;
}

void add_pronouns(json& applicant, const Applicant& fact) {
    std::string pronoun = value_or(fact.pronouns);
    if (pronoun.empty()) pronoun = value_or(fact.sex) == "female" ? "she" : "he";
    struct Forms {
        const char *subject, *object, *possessive, *reflexive, *was, *title;
    };
    Forms forms = pronoun == "she"    ? Forms{"she", "her", "her", "herself", "was", "Ms."}
                  : pronoun == "they" ? Forms{"they", "them", "their", "themselves", "were", "Mx."}
                                      : Forms{"he", "him", "his", "himself", "was", "Mr."};
    applicant["he"] = forms.subject;
    applicant["him"] = forms.object;
    applicant["his"] = forms.possessive;
    applicant["He"] = capitalized(forms.subject);
    applicant["His"] = capitalized(forms.possessive);
    applicant["Him"] = capitalized(forms.object);
    applicant["himself"] = forms.reflexive;
    applicant["was"] = forms.was;
    applicant["is"] = std::string(forms.was) == "were" ? "are" : "is";
    applicant["title"] = forms.title;
}

// The exhibit list with tabs assigned and page counts known; returns id -> tab.
std::map<std::string, std::string> prepare_exhibits(json& context, const CaseView& view,
                                                    const ContextInputs& inputs) {
    std::map<std::string, std::string> tabs;
    int index = 0;
    for_each_told(context, "exhibits", view.exhibits, [&](json& exhibit, const Exhibit& fact) {
        exhibit["tab"] = fact.tab ? fact.tab->value : tab_letters(index);
        const std::string id = value_or(fact.id);
        tabs[id] = exhibit["tab"];
        exhibit["cite"] = "Ex. " + exhibit["tab"].get<std::string>();
        if (auto it = inputs.exhibit_packet_pages.find(id);
            it != inputs.exhibit_packet_pages.end()) {
            exhibit["packet_pages"] = it->second;
            // Citations point at the packet pages the reader will find stamped.
            tabs[id] += " at " + it->second;
        }
        if (auto it = inputs.exhibit_pages.find(id); it != inputs.exhibit_pages.end()) {
            exhibit["pages"] = it->second;
        }
        add_date_text(exhibit, "date", fact.date);
        exhibit["translated"] = fact.translation.has_value();
        ++index;
    });
    return tabs;
}

// Sets a text field only when it says something: an empty string is "true" to Mustache.
void set_text(json& object, const char* key, const std::string& value) {
    if (!value.empty()) object[key] = value;
}

void prepare_incidents(json& context, const CaseView& view, const ContextInputs& inputs,
                       const std::map<std::string, std::string>& tabs) {
    std::map<std::string, std::string> persecutor_names;
    for (const auto& persecutor : view.persecutors) {
        persecutor_names[value_or(persecutor.id)] = value_or(persecutor.name);
    }
    const DateField& birth = view.applicant.birth_date;
    int number = 0;
    for_each_told(context, "incidents", view.incidents, [&](json& incident, const Incident& fact) {
        ++number;
        const CivilDate& date = fact.date->value;
        const bool approximate = is_set(fact.date_approximate);
        incident["number"] = number;
        incident["ordinal"] = ordinal(number);
        incident["called"] = incidents_named({ordinal(number)}, view.incidents.size());
        incident["date_text"] = legal_date(date);
        incident["date_phrase"] = date_phrase(date, approximate);
        incident["Date_phrase"] = capitalized(date_phrase(date, approximate));
        if (birth) incident["applicant_age"] = years_between(birth->value, date);
        add_place_text(incident, "place", fact.place);
        std::vector<std::string> names;
        for (const auto& id : value_or(fact.perpetrators)) names.push_back(persecutor_names[id]);
        incident["perpetrator_names"] = join_with_and(names);
        incident["paragraphs"] = paragraphs_of(value_or(fact.account));
        set_text(incident, "exhibit_cites", exhibits_cite(value_or(fact.exhibits), tabs));
        const std::string key = "incident:" + value_or(fact.id);
        incident["paragraph_key"] = key;
        if (auto it = inputs.declaration_paragraphs.find(key);
            it != inputs.declaration_paragraphs.end()) {
            set_text(incident, "decl_cite", declaration_cite(it->second));
            incident["decl_paragraphs"] = it->second;
        }
        for_each_told(incident, "reports", fact.reports, [&](json& report, const Report& made) {
            add_date_text(report, "date", made.date);
            if (made.date) report["date_phrase"] = date_phrase(made.date->value, false);
            if (made.exhibit) {
                set_text(report, "exhibit_cite", exhibits_cite({made.exhibit->value}, tabs));
            }
        });
    });
}

void prepare_claims(json& context, const Claims& facts,
                    const std::map<std::string, std::string>& tabs) {
    json& claims = context["claims"];
    if (claims.contains("particular_social_groups")) {
        claims["several_social_groups"] = facts.particular_social_groups.size() > 1;
    }
    bool first = true;
    for_each_told(claims, "particular_social_groups", facts.particular_social_groups,
                  [&](json& group, const SocialGroup& fact) {
                      // What is said of all the groups is said with the first.
                      group["first"] = std::exchange(first, false);
                      set_text(group, "evidence_cites",
                               exhibits_cite(value_or(fact.evidence), tabs));
                      std::string kind = value_or(fact.kind);
                      std::replace(kind.begin(), kind.end(), '-', '_');
                      group["kind_" + kind] = true;
                      // A former police officer, soldier, informant or witness: O-A-R-G-'s question
                      // of animus toward the former status itself applies to all of them.
                      if (kind.rfind("former_", 0) == 0) group["former_status"] = true;
                      // K-E-S-G- holds groups of sex, or sex and nationality, alone overbroad:
                      // the brief says why this one is more, whatever kind it was given.
                      if (legal::is_gender_related(fact)) group["gender_related"] = true;
                  });
    const auto cite_evidence = [&](const char* part, const auto& claim) {
        if (claim) {
            set_text(claims[part], "evidence_cites",
                     exhibits_cite(value_or(claim->evidence), tabs));
        }
    };
    cite_evidence("political_opinion", facts.political_opinion);
    cite_evidence("state_protection", facts.state_protection);
    cite_evidence("cat", facts.cat);
    cite_evidence("fear_of_return", facts.fear_of_return);
    for_each_told(claims, "country_conditions", facts.country_conditions,
                  [&](json& finding, const CountryCondition& fact) {
                      set_text(finding, "evidence_cites",
                               exhibits_cite(value_or(fact.evidence), tabs));
                  });
    if (facts.political_opinion) {
        const std::string kind = value_or(facts.political_opinion->kind);
        claims["political_opinion"]["actual"] = kind != "imputed";
        claims["political_opinion"]["imputed"] = kind != "actual";
    }
    if (facts.internal_relocation) {
        for_each_told(claims["internal_relocation"], "attempts",
                      facts.internal_relocation->attempts,
                      [&](json& attempt, const RelocationAttempt& fact) {
                          add_place_text(attempt, "place", fact.place);
                          add_date_text(attempt, "from", fact.from);
                          add_date_text(attempt, "to", fact.to);
                      });
    }
}

void prepare_case(json& context, const CaseView& view) {
    json& the_case = context["case"];
    const Proceedings& proceedings = view.proceedings;
    const std::string posture = value_or(proceedings.posture);
    the_case["party"] = posture == "affirmative"           ? "Applicant"
                        : posture == "petition-for-review" ? "Petitioner"
                                                           : "Respondent";
    the_case["posture_" + std::string(posture == "bia-appeal"            ? "bia_appeal"
                                      : posture == "petition-for-review" ? "petition_for_review"
                                                                         : posture)] = true;
    // A Board appeal or a petition for review: the brief states a standard of review.
    the_case["appellate"] = legal::appellate_review(proceedings).has_value();
    for (const auto& relief : value_or(proceedings.relief)) context["relief_" + relief] = true;
    // The circuits split on the withholding nexus standard (../shared/legal/circuits.md): the
    // Sixth and Ninth ask for "a reason", the Board's C-T-L- rule ("one central reason") holds
    // elsewhere; an unknown circuit leaves the choice visible to the attorney.
    // A case without `circuit` is governed by the circuit of its court's state.
    if (const auto governing = legal::circuit_of_case(proceedings)) {
        const int circuit = *governing;
        the_case["circuit_known"] = true;
        // One flag per circuit, so a template cites a circuit's own cases only in that circuit
        // and states the rule from the statute, the regulations and the Board elsewhere.
        static const char* names[] = {"first",   "second", "third", "fourth", "fifth",   "sixth",
                                      "seventh", "eighth", "ninth", "tenth",  "eleventh"};
        if (circuit >= 1 && circuit <= 11) {
            the_case[std::string("circuit_") + names[circuit - 1]] = true;
        }
        if (circuit != 6 && circuit != 9) the_case["withholding_one_central_reason"] = true;
        // Willful blindness satisfies CAT acquiescence by a published holding confirmed in
        // circuits.md only in the 3rd, 4th and 9th Circuits (the 11th is doubtful).
        if (circuit == 3 || circuit == 4 || circuit == 9) the_case["willful_blindness_held"] = true;
    }
    if (proceedings.next_hearing) {
        json& hearing = the_case["next_hearing"];
        add_date_text(hearing, "date", proceedings.next_hearing->date);
        const std::string kind = value_or(proceedings.next_hearing->kind, "other");
        hearing["what"] = kind == "individual-merits" ? "The individual hearing"
                          : kind == "master-calendar" ? "The next master calendar hearing"
                          : kind == "interview"       ? "The asylum interview"
                                                      : "The next hearing";
    }
    const auto& application = proceedings.application;
    if (application) add_date_text(the_case["application"], "filed_date", application->filed_date);
    add_date_text(the_case, "filing_deadline", proceedings.filing_deadline);
    add_date_text(the_case, "notice_to_appear", proceedings.notice_to_appear);
}

const std::map<std::string, std::string>& bar_names() {
    static const std::map<std::string, std::string> names = {
        {"persecutor", "the persecutor bar"},
        {"particularly-serious-crime", "a particularly serious crime"},
        {"serious-nonpolitical-crime", "a serious nonpolitical crime"},
        {"danger-to-security", "the danger-to-security bar"},
        {"terrorism", "the terrorism bar"}};
    return names;
}

// Roman numerals of the argument parts, the brief's title and the relief asked for.
void prepare_brief(json& context, const CaseView& view) {
    static const char* numerals[] = {"I", "II", "III", "IV"};
    // A bar to withholding under INA § 241(b)(3)(B) bars CAT withholding too (8 C.F.R.
    // § 1208.16(d)(2)); what remains is deferral of removal (§ 1208.17(a)).
    static const std::set<std::string> withholding_bars = {
        "persecutor", "particularly-serious-crime", "serious-nonpolitical-crime",
        "danger-to-security", "terrorism"};
    std::vector<std::string> bars;
    for (const auto& bar : view.proceedings.bars) {
        const std::string kind = value_or(bar.kind);
        if (withholding_bars.count(kind)) bars.push_back(bar_names().at(kind));
    }
    const bool deferral = !bars.empty();
    context["withholding_barred"] = deferral;
    if (deferral) context["withholding_bars_text"] = join_with_and(bars);
    const std::map<std::string, std::string> relief_names = {
        {"asylum", "asylum"},
        {"withholding", "withholding of removal"},
        {"cat", deferral ? "deferral of removal under the Convention Against Torture"
                         : "protection under the Convention Against Torture"}};
    std::vector<std::string> asked;
    int part = 0;
    // Credibility is the threshold of every claim: argued first, when prior statements exist
    // or a Board appeal challenges a credibility finding.
    const bool credibility_argued = context.value("has_prior_statements", false) ||
                                    appeal_challenges(view.proceedings, "credibility");
    context["credibility_argued"] = credibility_argued;
    if (credibility_argued) context["numerals"]["credibility"] = numerals[part++];
    for (const char* relief : {"asylum", "withholding", "cat"}) {
        if (context.value(std::string("relief_") + relief, false)) {
            context["numerals"][relief] = numerals[part++];
            asked.push_back(relief_names.at(relief));
        }
    }
    context["relief_list"] = join_with_and(asked);
    // A case that does not ask for asylum because of a bar to asylum alone says so before it
    // argues what remains: the reader of a withholding-only brief asks why first.
    if (!context.value("relief_asylum", false)) {
        json asylum_bar = json::object();
        for (const auto& bar : view.proceedings.bars) {
            const std::string kind = value_or(bar.kind);
            if (kind == "one-year") asylum_bar["late_filing"] = true;
            if (kind == "firm-resettlement") asylum_bar["firm_resettlement"] = true;
            if (kind == "other") asylum_bar["other"] = true;
        }
        if (!asylum_bar.empty()) context["asylum_not_sought"] = asylum_bar;
    }
    const std::string posture = value_or(view.proceedings.posture);
    const std::string party = context["case"]["party"];
    context["brief_title"] = posture == "affirmative"
                                 ? party + "'s Brief in Support of Asylum Application"
                             : posture == "bia-appeal"          ? party + "'s Brief on Appeal"
                             : posture == "petition-for-review" ? party + "'s Opening Brief"
                                                                : party + "'s Pre-Hearing Brief";
    if (view.dhs_service && view.dhs_service->method) {
        context["dhs_service"]["method_text"] =
            service_method_text(view.dhs_service->method->value);
    }
    std::vector<std::string> state_actors;
    for (const auto& persecutor : view.persecutors) {
        if (is_set(persecutor.state_actor)) state_actors.push_back(value_or(persecutor.name));
    }
    context["any_state_actor"] = !state_actors.empty();
    context["state_actor_names"] = join_with_and(state_actors);
}

// The date of a part the case may leave out ("the entry's date"), when both are given.
template <typename Part>
std::optional<CivilDate> date_in(const std::optional<Part>& part, DateField Part::*date) {
    if (!part || !((*part).*date)) return std::nullopt;
    return ((*part).*date)->value;
}

void prepare_one_year(json& context, const CaseView& view) {
    const auto arrival = date_in(view.applicant.entry, &Entry::date);
    const auto filed = date_in(view.proceedings.application, &Application::filed_date);
    if (!arrival) return;
    const bool approximate = is_set(view.applicant.entry->date_approximate);
    const legal::OneYearDue one_year_due = legal::one_year_due(*arrival);
    const CivilDate& due = one_year_due.due;
    // "by August 15, 2025"; an arrival known by its month is due "in March 2016".
    const std::string due_phrase = due.precision == DatePrecision::Day && !approximate
                                       ? "by " + legal_date(due)
                                       : date_phrase(due, approximate);
    json one_year = {{"arrival_text", legal_date(*arrival)},
                     {"due_text", legal_date(due)},
                     {"arrival_phrase", date_phrase(*arrival, approximate)},
                     {"due_phrase", due_phrase}};
    bool late = false;
    if (filed) {
        const legal::Timeliness timeliness = legal::timeliness(one_year_due, *filed);
        late = timeliness == legal::Timeliness::Late;
        one_year["filed_text"] = legal_date(*filed);
        one_year["timely"] = timeliness == legal::Timeliness::Timely;
        one_year["late"] = late;
        one_year["arrival_day_decides"] = timeliness == legal::Timeliness::DependsOnArrivalDay;
    }
    const auto& deadline = view.claims.one_year_deadline;
    const std::string exception = deadline ? value_or(deadline->exception, "none") : "none";
    if (late) {
        // The exception is argued from the dates: how late the filing was, and how long after
        // the circumstance it came (Matter of T-M-H- & S-W-C-: a reasonable period, judged on
        // the facts of the delay).
        if (auto late_by = elapsed(due, *filed)) one_year["late_by"] = *late_by;
        if (auto circumstance = date_in(deadline, &OneYearDeadline::circumstance_date)) {
            one_year["circumstance_text"] = legal_date(*circumstance);
            if (auto gap = elapsed(*circumstance, *filed)) one_year["after_circumstance"] = *gap;
        }
    }
    one_year["exception_changed"] = exception == "changed-circumstances";
    one_year["exception_extraordinary"] = exception == "extraordinary-circumstances";
    context["one_year"] = one_year;
}

std::string full_name(const std::optional<PersonName>& name) {
    return name ? value_or(name->given) + " " + value_or(name->family) : "";
}

void prepare_people(json& context, const CaseView& view) {
    json& applicant = context["applicant"];
    const Applicant& fact = view.applicant;
    applicant["full_name"] = full_name(fact.name);
    add_pronouns(applicant, fact);
    add_date_text(applicant["birth"], "date", fact.birth_date);
    add_place_text(applicant["birth"], "place", fact.birth_place);
    const auto nationality = value_or(fact.nationality);
    applicant["nationality_text"] = join_with_and(nationality);
    if (!nationality.empty()) applicant["country"] = nationality[0];
    if (fact.languages) applicant["languages_text"] = join_with_and(fact.languages->value);
    if (fact.other_names) applicant["other_names_text"] = join_with_and(fact.other_names->value);
    if (fact.entry) add_date_text(applicant["entry"], "date", fact.entry->date);
    for_each_told(applicant, "occupations", fact.occupations,
                  [&](json& job, const Occupation& held) {
                      add_date_text(job, "from", held.from);
                      add_date_text(job, "to", held.to);
                      add_place_text(job, "place", held.place);
                  });
    for_each_told(context, "family", view.family, [&](json& member, const Relative& relative) {
        member["full_name"] = full_name(relative.name);
    });
    if (view.representative && view.representative->address) {
        context["representative"]["address_lines"] = lines_of(view.representative->address->value);
    }
    if (view.dhs_service && view.dhs_service->address) {
        context["dhs_service"]["address_lines"] = lines_of(view.dhs_service->address->value);
    }
    if (fact.us_address) applicant["us_address_lines"] = lines_of(fact.us_address->value);
    if (view.declaration_executed) {
        add_date_text(context["declaration"]["executed"], "date", view.declaration_executed->date);
    }
    for_each_told(context, "prior_statements", view.prior_statements,
                  [&](json& statement, const PriorStatement& made) {
                      add_date_text(statement, "date", made.date);
                      for_each_told(
                          statement, "recorded_facts", made.recorded_facts,
                          [&](json& recorded, const RecordedFact& said) {
                              add_date_text(recorded, "recorded_date", said.recorded_date);
                              add_place_text(recorded, "recorded_place", said.recorded_place);
                          });
                  });
}

}  // namespace

std::string declaration_cite(const std::vector<int>& paragraphs) {
    if (paragraphs.empty()) return "";
    std::vector<std::string> ranges;
    for (std::size_t i = 0; i < paragraphs.size();) {
        std::size_t j = i;
        while (j + 1 < paragraphs.size() && paragraphs[j + 1] == paragraphs[j] + 1) ++j;
        ranges.push_back(j == i
                             ? std::to_string(paragraphs[i])
                             : std::to_string(paragraphs[i]) + "–" + std::to_string(paragraphs[j]));
        i = j + 1;
    }
    std::string cite = paragraphs.size() == 1 ? "Decl. ¶ " : "Decl. ¶¶ ";
    for (std::size_t i = 0; i < ranges.size(); ++i) cite += (i ? ", " : "") + ranges[i];
    return cite;
}

std::string exhibit_cite(const std::vector<std::string>& tabs) {
    if (tabs.empty()) return "";
    std::string cite = tabs.size() == 1 ? "Ex. " : "Exs. ";
    for (std::size_t i = 0; i < tabs.size(); ++i) cite += (i ? ", " : "") + tabs[i];
    return cite;
}

std::string exhibits_cite(const std::vector<std::string>& ids,
                          const std::map<std::string, std::string>& tabs) {
    std::vector<std::string> found;
    for (const auto& id : ids) {
        if (auto it = tabs.find(id); it != tabs.end()) found.push_back(it->second);
    }
    return exhibit_cite(found);
}

json build_case_context(const json& validated_case, const CaseView& view,
                        const ContextInputs& inputs) {
    const CaseView told = in_telling_order(view);
    json context = validated_case;
    if (!context.contains("claims")) context["claims"] = json::object();
    // The documents tell incidents and events in date order; the context lists them so.
    if (context.contains("incidents"))
        context["incidents"] = records_in_order(validated_case, told.incidents);
    if (context.contains("events"))
        context["events"] = records_in_order(validated_case, told.events);
    auto tabs = prepare_exhibits(context, told, inputs);
    add_translation_certificates(context, told);
    context["has_packet"] = !inputs.exhibit_packet_pages.empty();
    prepare_case(context, told);
    add_cover_context(context, told.proceedings);
    prepare_people(context, told);
    prepare_incidents(context, told, inputs, tabs);
    prepare_claims(context, told.claims, tabs);
    prepare_one_year(context, told);
    add_consistency(context, told, tabs);
    prepare_brief(context, told);
    add_appeal_context(context, told.proceedings);
    add_procedural_history(context, told);
    add_fact_sentences(context, told, inputs, tabs);
    // Flags for sections that print a heading once when their list is not empty.
    context["has_family"] = !told.family.empty();
    context["has_exhibits"] = !told.exhibits.empty();
    const auto& relocation = told.claims.internal_relocation;
    context["has_relocation"] = relocation && !relocation->attempts.empty();
    // The relocation argument draws its conclusion only from facts: officials among the
    // persecutors, attempts that failed, or the case's own reasons.
    context["relocation_argued"] = context["any_state_actor"].get<bool>() ||
                                   context["has_relocation"].get<bool>() ||
                                   (relocation && relocation->unreasonable_because);
    return context;
}

}  // namespace amparo::render

// Computed fields, grouped by the part of the case they belong to.
#include "render/case_context.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "casefile/civil_date.hpp"
#include "legal/circuit_of_court.hpp"
#include "render/consistency_context.hpp"
#include "render/cover_context.hpp"
#include "render/fact_sentences.hpp"
#include "render/legal_text.hpp"
#include "render/translation_certificates.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

std::optional<CivilDate> date_of(const json& object, const char* field) {
    if (!object.is_object() || !object.contains(field) || !object[field].is_string()) {
        return std::nullopt;
    }
    return parse_civil_date(object[field].get<std::string>());
}

// Adds FIELD_text (legal style) beside every date field named in `fields`.
void add_date_texts(json& object, std::initializer_list<const char*> fields) {
    for (const char* field : fields) {
        if (auto date = date_of(object, field)) {
            object[std::string(field) + "_text"] = legal_date(*date);
        }
    }
}

std::string place_text(const json& place) {
    std::vector<std::string> parts;
    for (const char* field : {"detail", "city", "state", "country"}) {
        if (place.contains(field)) parts.push_back(place[field].get<std::string>());
    }
    std::string text;
    for (const auto& part : parts) text += (text.empty() ? "" : ", ") + part;
    return text;
}

void add_place_text(json& object, const char* field = "place") {
    if (object.is_object() && object.contains(field)) {
        object[std::string(field) + "_text"] = place_text(object[field]);
    }
}

std::string capitalized(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 32);
    return text;
}

std::vector<std::string> strings_of(const json& array) {
    std::vector<std::string> out;
    if (array.is_array()) {
        for (const auto& item : array) out.push_back(item.get<std::string>());
    }
    return out;
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

void add_pronouns(json& applicant) {
    std::string pronoun = applicant.value("pronouns", "");
    if (pronoun.empty()) pronoun = applicant.value("sex", "") == "female" ? "she" : "he";
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
std::map<std::string, std::string> prepare_exhibits(json& context, const ContextInputs& inputs) {
    std::map<std::string, std::string> tabs;
    if (!context.contains("exhibits")) return tabs;
    int index = 0;
    for (auto& exhibit : context["exhibits"]) {
        if (!exhibit.contains("tab")) exhibit["tab"] = tab_letters(index);
        std::string id = exhibit["id"];
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
        add_date_texts(exhibit, {"date"});
        exhibit["translated"] = exhibit.contains("translation");
        ++index;
    }
    return tabs;
}

// Sets a text field only when it says something: an empty string is "true" to Mustache.
void set_text(json& object, const char* key, const std::string& value) {
    if (!value.empty()) object[key] = value;
}

std::string cite_of(const json& ids, const std::map<std::string, std::string>& tabs) {
    std::vector<std::string> found;
    for (const auto& id : strings_of(ids)) {
        if (auto it = tabs.find(id); it != tabs.end()) found.push_back(it->second);
    }
    return exhibit_cite(found);
}

void prepare_incidents(json& context, const ContextInputs& inputs,
                       const std::map<std::string, std::string>& tabs) {
    std::map<std::string, std::string> persecutor_names;
    for (const auto& persecutor : context.value("persecutors", json::array())) {
        persecutor_names[persecutor["id"]] = persecutor["name"];
    }
    auto birth = date_of(context["applicant"]["birth"], "date");
    auto& incidents = context["incidents"];
    std::stable_sort(incidents.begin(), incidents.end(), [](const json& a, const json& b) {
        return *parse_civil_date(a["date"]) < *parse_civil_date(b["date"]);
    });
    int number = 0;
    for (auto& incident : incidents) {
        ++number;
        auto date = parse_civil_date(incident["date"]);
        bool approximate = incident.value("date_approximate", false);
        incident["number"] = number;
        incident["ordinal"] = ordinal(number);
        incident["date_text"] = legal_date(*date);
        incident["date_phrase"] = date_phrase(*date, approximate);
        incident["Date_phrase"] = capitalized(date_phrase(*date, approximate));
        if (birth) incident["applicant_age"] = years_between(*birth, *date);
        add_place_text(incident);
        std::vector<std::string> names;
        for (const auto& id : strings_of(incident.value("perpetrators", json::array()))) {
            names.push_back(persecutor_names[id]);
        }
        incident["perpetrator_names"] = join_with_and(names);
        incident["paragraphs"] = paragraphs_of(incident["account"]);
        set_text(incident, "exhibit_cites",
                 cite_of(incident.value("exhibits", json::array()), tabs));
        const std::string key = "incident:" + incident["id"].get<std::string>();
        incident["paragraph_key"] = key;
        if (auto it = inputs.declaration_paragraphs.find(key);
            it != inputs.declaration_paragraphs.end()) {
            set_text(incident, "decl_cite", declaration_cite(it->second));
            incident["decl_paragraphs"] = it->second;
        }
        if (incident.contains("reports")) {
            for (auto& report : incident["reports"]) {
                add_date_texts(report, {"date"});
                if (auto reported = date_of(report, "date"))
                    report["date_phrase"] = date_phrase(*reported, false);
                if (report.contains("exhibit")) {
                    set_text(report, "exhibit_cite",
                             cite_of(json::array({report["exhibit"]}), tabs));
                }
            }
        }
    }
}

void prepare_claims(json& context, const std::map<std::string, std::string>& tabs) {
    json& claims = context["claims"];
    if (claims.contains("particular_social_groups")) {
        claims["several_social_groups"] = claims["particular_social_groups"].size() > 1;
        bool first = true;
        for (auto& group : claims["particular_social_groups"]) {
            // What is said of all the groups is said with the first.
            group["first"] = std::exchange(first, false);
            set_text(group, "evidence_cites",
                     cite_of(group.value("evidence", json::array()), tabs));
            std::string kind = group["kind"];
            std::replace(kind.begin(), kind.end(), '-', '_');
            group["kind_" + kind] = true;
            // A former police officer, soldier, informant or witness: O-A-R-G-'s question of
            // animus toward the former status itself applies to all of them.
            if (kind.rfind("former_", 0) == 0) group["former_status"] = true;
        }
    }
    for (const char* part : {"political_opinion", "state_protection", "cat", "fear_of_return"}) {
        if (claims.contains(part)) {
            set_text(claims[part], "evidence_cites",
                     cite_of(claims[part].value("evidence", json::array()), tabs));
        }
    }
    if (claims.contains("country_conditions")) {
        for (auto& finding : claims["country_conditions"])
            set_text(finding, "evidence_cites", cite_of(finding["evidence"], tabs));
    }
    if (claims.contains("political_opinion")) {
        std::string kind = claims["political_opinion"]["kind"];
        claims["political_opinion"]["actual"] = kind != "imputed";
        claims["political_opinion"]["imputed"] = kind != "actual";
    }
    if (claims.contains("internal_relocation") &&
        claims["internal_relocation"].contains("attempts")) {
        for (auto& attempt : claims["internal_relocation"]["attempts"]) {
            add_place_text(attempt);
            add_date_texts(attempt, {"from", "to"});
        }
    }
}

void prepare_case(json& context) {
    json& the_case = context["case"];
    std::string posture = the_case["posture"];
    the_case["party"] = posture == "affirmative"           ? "Applicant"
                        : posture == "petition-for-review" ? "Petitioner"
                                                           : "Respondent";
    the_case["posture_" + std::string(posture == "bia-appeal"            ? "bia_appeal"
                                      : posture == "petition-for-review" ? "petition_for_review"
                                                                         : posture)] = true;
    for (const auto& relief : strings_of(the_case["relief"])) context["relief_" + relief] = true;
    // The circuits split on the withholding nexus standard (../shared/legal/circuits.md): the
    // Sixth and Ninth ask for "a reason", the Board's C-T-L- rule ("one central reason") holds
    // elsewhere; an unknown circuit leaves the choice visible to the attorney.
    // A case without `circuit` is governed by the circuit of its court's state.
    if (const auto governing = legal::circuit_of_case(context)) {
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
    if (the_case.contains("next_hearing")) {
        json& hearing = the_case["next_hearing"];
        add_date_texts(hearing, {"date"});
        const std::string kind = hearing.value("kind", "other");
        hearing["what"] = kind == "individual-merits" ? "The individual hearing"
                          : kind == "master-calendar" ? "The next master calendar hearing"
                          : kind == "interview"       ? "The asylum interview"
                                                      : "The next hearing";
    }
    // The statement of facts' procedural history has something to say (an affirmative case
    // before any interview may have nothing yet).
    the_case["has_procedural_history"] =
        the_case.contains("notice_to_appear") || the_case.value("detained", false) ||
        the_case.contains("next_hearing") ||
        the_case.value(json::json_pointer("/application/filed_date"), std::string()) != "" ||
        !context.value("prior_statements", json::array()).empty();
    if (the_case.contains("application")) add_date_texts(the_case["application"], {"filed_date"});
    add_date_texts(the_case, {"filing_deadline", "notice_to_appear"});
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
void prepare_brief(json& context) {
    static const char* numerals[] = {"I", "II", "III", "IV"};
    // A bar to withholding under INA § 241(b)(3)(B) bars CAT withholding too (8 C.F.R.
    // § 1208.16(d)(2)); what remains is deferral of removal (§ 1208.17(a)).
    static const std::set<std::string> withholding_bars = {
        "persecutor", "particularly-serious-crime", "serious-nonpolitical-crime",
        "danger-to-security", "terrorism"};
    std::vector<std::string> bars;
    for (const auto& bar : context["case"].value("bars", json::array())) {
        const std::string kind = bar["kind"];
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
    // Credibility is the threshold of every claim: argued first, when prior statements exist.
    if (context.value("has_prior_statements", false))
        context["numerals"]["credibility"] = numerals[part++];
    for (const char* relief : {"asylum", "withholding", "cat"}) {
        if (context.value(std::string("relief_") + relief, false)) {
            context["numerals"][relief] = numerals[part++];
            asked.push_back(relief_names.at(relief));
        }
    }
    context["relief_list"] = join_with_and(asked);
    const std::string posture = context["case"]["posture"];
    const std::string party = context["case"]["party"];
    context["brief_title"] = posture == "affirmative"
                                 ? party + "'s Brief in Support of Asylum Application"
                             : posture == "bia-appeal"          ? party + "'s Brief on Appeal"
                             : posture == "petition-for-review" ? party + "'s Opening Brief"
                                                                : party + "'s Pre-Hearing Brief";
    if (context.contains("dhs_service") && context["dhs_service"].contains("method")) {
        context["dhs_service"]["method_text"] =
            service_method_text(context["dhs_service"]["method"]);
    }
    bool state_actor = false;
    for (const auto& persecutor : context.value("persecutors", json::array())) {
        state_actor |= persecutor.value("state_actor", false);
    }
    context["any_state_actor"] = state_actor;
}

void prepare_one_year(json& context) {
    auto arrival = date_of(context["applicant"].value("entry", json::object()), "date");
    auto filed = context["case"].contains("application")
                     ? date_of(context["case"]["application"], "filed_date")
                     : std::nullopt;
    if (!arrival) return;
    CivilDate due = add_years(*arrival, 1);
    json one_year = {{"arrival_text", legal_date(*arrival)}, {"due_text", legal_date(due)}};
    if (filed) {
        one_year["filed_text"] = legal_date(*filed);
        one_year["timely"] = !(*filed > due);
        one_year["late"] = *filed > due;
    }
    std::string exception = context["claims"].value(
        nlohmann::json::json_pointer("/one_year_deadline/exception"), std::string("none"));
    if (filed && *filed > due) {
        // The exception is argued from the dates: how late the filing was, and how long after
        // the circumstance it came (Matter of T-M-H- & S-W-C-: a reasonable period, judged on
        // the facts of the delay).
        if (auto late_by = elapsed(due, *filed)) one_year["late_by"] = *late_by;
        const json deadline = context["claims"].value("one_year_deadline", json::object());
        if (auto circumstance = date_of(deadline, "circumstance_date")) {
            one_year["circumstance_text"] = legal_date(*circumstance);
            if (auto gap = elapsed(*circumstance, *filed)) one_year["after_circumstance"] = *gap;
        }
    }
    one_year["exception_changed"] = exception == "changed-circumstances";
    one_year["exception_extraordinary"] = exception == "extraordinary-circumstances";
    context["one_year"] = one_year;
}

// The statement of facts' procedural history: "On May 10, 2023, he was interviewed at the
// border." The application itself and other statements are told elsewhere or not at all.
void add_procedural_sentence(json& statement, const json& applicant) {
    const std::string kind = statement["kind"];
    const std::string when = "On " + statement["date_text"].get<std::string>() + ", " +
                             applicant["he"].get<std::string>() + " ";
    if (kind == "border-interview") {
        statement["procedural_sentence"] =
            when + applicant["was"].get<std::string>() + " interviewed at the border.";
    } else if (kind == "credible-fear-interview") {
        statement["procedural_sentence"] = when + "had a credible fear interview.";
    }
}

void prepare_people(json& context) {
    json& applicant = context["applicant"];
    applicant["full_name"] = applicant["name"]["given"].get<std::string>() + " " +
                             applicant["name"]["family"].get<std::string>();
    add_pronouns(applicant);
    add_date_texts(applicant["birth"], {"date"});
    add_place_text(applicant["birth"]);
    applicant["nationality_text"] = join_with_and(strings_of(applicant["nationality"]));
    applicant["country"] = applicant["nationality"][0];
    if (applicant.contains("languages")) {
        applicant["languages_text"] = join_with_and(strings_of(applicant["languages"]));
    }
    if (applicant.contains("other_names")) {
        applicant["other_names_text"] = join_with_and(strings_of(applicant["other_names"]));
    }
    if (applicant.contains("entry")) {
        add_date_texts(applicant["entry"], {"date"});
    }
    if (applicant.contains("occupations")) {
        for (auto& job : applicant["occupations"]) {
            add_date_texts(job, {"from", "to"});
            add_place_text(job);
        }
    }
    if (context.contains("family")) {
        for (auto& member : context["family"]) {
            member["full_name"] = member["name"]["given"].get<std::string>() + " " +
                                  member["name"]["family"].get<std::string>();
        }
    }
    for (const char* who : {"representative", "dhs_service"}) {
        if (context.contains(who) && context[who].contains("address")) {
            context[who]["address_lines"] = lines_of(context[who]["address"]);
        }
    }
    if (applicant.contains("us_address")) {
        applicant["us_address_lines"] = lines_of(applicant["us_address"]);
    }
    if (context.contains("declaration") && context["declaration"].contains("executed")) {
        add_date_texts(context["declaration"]["executed"], {"date"});
    }
    if (context.contains("prior_statements")) {
        for (auto& statement : context["prior_statements"]) {
            add_date_texts(statement, {"date"});
            add_procedural_sentence(statement, applicant);
            if (!statement.contains("recorded_facts")) continue;
            for (auto& fact : statement["recorded_facts"]) {
                add_date_texts(fact, {"recorded_date"});
                add_place_text(fact, "recorded_place");
            }
        }
    }
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

json build_case_context(const json& validated_case, const ContextInputs& inputs) {
    json context = validated_case;
    if (!context.contains("claims")) context["claims"] = json::object();
    auto tabs = prepare_exhibits(context, inputs);
    add_translation_certificates(context);
    context["has_packet"] = !inputs.exhibit_packet_pages.empty();
    prepare_case(context);
    add_cover_context(context);
    prepare_people(context);
    prepare_incidents(context, inputs, tabs);
    prepare_claims(context, tabs);
    prepare_one_year(context);
    add_consistency(context, validated_case, tabs);
    prepare_brief(context);
    add_fact_sentences(context, inputs, tabs);
    // Flags for sections that print a heading once when their list is not empty.
    context["has_family"] = !context.value("family", json::array()).empty();
    context["has_exhibits"] = !context.value("exhibits", json::array()).empty();
    context["has_relocation"] =
        !context["claims"]
             .value(json::json_pointer("/internal_relocation/attempts"), json::array())
             .empty();
    // The relocation argument draws its conclusion only from facts: officials among the
    // persecutors, attempts that failed, or the case's own reasons.
    context["relocation_argued"] =
        context["any_state_actor"].get<bool>() || context["has_relocation"].get<bool>() ||
        context["claims"].contains(json::json_pointer("/internal_relocation/unreasonable_because"));
    return context;
}

}  // namespace amparo::render

// The view's field table: one line per schema field says where it lands in the view. The same
// table fills the view and lists the paths it maps, so the test that compares those paths with
// schemas/ checks what the view really reads.
#include <functional>

#include "casefile/case_view.hpp"
#include "casefile/json_pointer.hpp"

namespace amparo {

namespace {

using nlohmann::json;

template <typename Record>
struct Rule {
    std::string path;  // relative to the record, "/"-separated: "date", "birth/place"
    // Called with the value at `path` when the case has one, and that value's pointer.
    std::function<void(Record&, const json&, const std::string&, const PositionTable&)> read;
    std::vector<std::string> leaves;  // the schema leaf paths it maps, relative to the record
};

template <typename Record>
using Rules = std::vector<Rule<Record>>;

template <typename T>
std::optional<T> convert(const json& value);

template <>
std::optional<std::string> convert(const json& value) {
    if (!value.is_string()) return std::nullopt;
    return value.get<std::string>();
}

template <>
std::optional<bool> convert(const json& value) {
    if (!value.is_boolean()) return std::nullopt;
    return value.get<bool>();
}

template <>
std::optional<int> convert(const json& value) {
    if (!value.is_number_integer()) return std::nullopt;
    return value.get<int>();
}

template <>
std::optional<CivilDate> convert(const json& value) {
    if (!value.is_string()) return std::nullopt;
    return parse_civil_date(value.get<std::string>());
}

template <>
std::optional<std::vector<std::string>> convert(const json& value) {
    if (!value.is_array()) return std::nullopt;
    std::vector<std::string> items;
    for (const auto& item : value) {
        if (item.is_string()) items.push_back(item.get<std::string>());
    }
    return items;
}

SourceRef source_of(const std::string& pointer, const PositionTable& positions) {
    return {pointer, positions.value_pos(pointer)};
}

template <typename Record>
void apply(Record& record, const Rules<Record>& rules, const json& object,
           const std::string& pointer, const PositionTable& positions) {
    record.where = source_of(pointer, positions);
    for (const auto& rule : rules) {
        const json* at = &object;
        std::string at_pointer = pointer;
        std::size_t start = 0;
        while (at && start <= rule.path.size()) {
            const std::size_t slash = rule.path.find('/', start);
            const std::string key = rule.path.substr(
                start, slash == std::string::npos ? std::string::npos : slash - start);
            const auto found = at->is_object() ? at->find(key) : at->end();
            at = at->is_object() && found != at->end() ? &*found : nullptr;
            at_pointer = pointer_append(at_pointer, key);
            start = slash == std::string::npos ? rule.path.size() + 1 : slash + 1;
        }
        if (at) rule.read(record, *at, at_pointer, positions);
    }
}

template <typename Record>
std::vector<std::string> leaves_below(const std::string& prefix, const Rules<Record>& rules) {
    std::vector<std::string> leaves;
    for (const auto& rule : rules) {
        for (const auto& leaf : rule.leaves) leaves.push_back(prefix + leaf);
    }
    return leaves;
}

// A value: text, a flag, a number, a date, or a list of strings.
template <typename Record, typename T>
Rule<Record> field(std::string path, Field<T> Record::*member) {
    return {
        path,
        [member](Record& record, const json& value, const std::string& pointer,
                 const PositionTable& positions) {
            if (auto converted = convert<T>(value)) {
                record.*member = Sourced<T>{std::move(*converted), source_of(pointer, positions)};
            }
        },
        {path}};
}

// A nested object the case may leave out.
template <typename Record, typename Part>
Rule<Record> part(std::string path, std::optional<Part> Record::*member, const Rules<Part>& rules) {
    return {path,
            [member, rules](Record& record, const json& value, const std::string& pointer,
                            const PositionTable& positions) {
                if (!value.is_object()) return;
                Part read;
                apply(read, rules, value, pointer, positions);
                record.*member = std::move(read);
            },
            leaves_below(path + "/", rules)};
}

// A nested object every valid case has.
template <typename Record, typename Part>
Rule<Record> required_part(std::string path, Part Record::*member, const Rules<Part>& rules) {
    return {path,
            [member, rules](Record& record, const json& value, const std::string& pointer,
                            const PositionTable& positions) {
                if (value.is_object()) apply(record.*member, rules, value, pointer, positions);
            },
            leaves_below(path + "/", rules)};
}

// A list of objects.
template <typename Record, typename Item>
Rule<Record> list(std::string path, std::vector<Item> Record::*member, const Rules<Item>& rules) {
    return {path,
            [member, rules](Record& record, const json& value, const std::string& pointer,
                            const PositionTable& positions) {
                if (!value.is_array()) return;
                for (std::size_t i = 0; i < value.size(); ++i) {
                    Item item;
                    apply(item, rules, value[i], pointer_append(pointer, i), positions);
                    (record.*member).push_back(std::move(item));
                }
            },
            leaves_below(path + "/*/", rules)};
}

const Rules<Place>& place_rules() {
    static const Rules<Place> rules = {field("detail", &Place::detail), field("city", &Place::city),
                                       field("state", &Place::state),
                                       field("country", &Place::country)};
    return rules;
}

const Rules<PersonName>& name_rules() {
    static const Rules<PersonName> rules = {field("given", &PersonName::given),
                                            field("family", &PersonName::family)};
    return rules;
}

const Rules<Proceedings>& proceedings_rules() {
    static const Rules<Court> court = {field("name", &Court::name), field("city", &Court::city),
                                       field("state", &Court::state),
                                       field("circuit", &Court::circuit)};
    static const Rules<Hearing> hearing = {field("date", &Hearing::date),
                                           field("time", &Hearing::time),
                                           field("kind", &Hearing::kind)};
    static const Rules<Bar> bar = {field("kind", &Bar::kind), field("facts", &Bar::facts)};
    static const Rules<Application> application = {field("status", &Application::status),
                                                   field("filed_date", &Application::filed_date)};
    static const Rules<AppealedFinding> finding = {
        field("finding", &AppealedFinding::finding), field("question", &AppealedFinding::question),
        field("section", &AppealedFinding::section), field("record", &AppealedFinding::record)};
    static const Rules<Appeal> appeal = {field("decision_date", &Appeal::decision_date),
                                         field("judge", &Appeal::judge),
                                         field("notice_filed", &Appeal::notice_filed),
                                         field("docket_number", &Appeal::docket_number),
                                         field("groups_stated_at", &Appeal::groups_stated_at),
                                         list("errors", &Appeal::errors, finding)};
    static const Rules<Proceedings> rules = {
        field("id", &Proceedings::id),
        field("posture", &Proceedings::posture),
        part("court", &Proceedings::court, court),
        field("judge", &Proceedings::judge),
        part("next_hearing", &Proceedings::next_hearing, hearing),
        field("filing_deadline", &Proceedings::filing_deadline),
        field("detained", &Proceedings::detained),
        field("a_number", &Proceedings::a_number),
        field("relief", &Proceedings::relief),
        list("bars", &Proceedings::bars, bar),
        part("appeal", &Proceedings::appeal, appeal),
        field("notice_to_appear", &Proceedings::notice_to_appear),
        part("application", &Proceedings::application, application),
        field("profile", &Proceedings::profile),
        field("language", &Proceedings::language)};
    return rules;
}

const Rules<Applicant>& applicant_rules() {
    static const Rules<Occupation> occupation = {
        field("title", &Occupation::title), field("employer", &Occupation::employer),
        part("place", &Occupation::place, place_rules()), field("from", &Occupation::from),
        field("to", &Occupation::to)};
    static const Rules<Residence> residence = {part("place", &Residence::place, place_rules()),
                                               field("from", &Residence::from),
                                               field("to", &Residence::to)};
    static const Rules<Entry> entry = {
        field("date", &Entry::date),     field("date_approximate", &Entry::date_approximate),
        field("place", &Entry::place),   field("place_kind", &Entry::place_kind),
        field("manner", &Entry::manner), field("account", &Entry::account)};
    static const Rules<Applicant> rules = {
        part("name", &Applicant::name, name_rules()),
        field("other_names", &Applicant::other_names),
        field("birth/date", &Applicant::birth_date),
        part("birth/place", &Applicant::birth_place, place_rules()),
        field("sex", &Applicant::sex),
        field("pronouns", &Applicant::pronouns),
        field("nationality", &Applicant::nationality),
        field("languages", &Applicant::languages),
        field("reads_english", &Applicant::reads_english),
        field("interpreter_needed", &Applicant::interpreter_needed),
        field("ethnicity", &Applicant::ethnicity),
        field("indigenous_group", &Applicant::indigenous_group),
        field("religion", &Applicant::religion),
        field("marital_status", &Applicant::marital_status),
        list("occupations", &Applicant::occupations, occupation),
        list("residences", &Applicant::residences, residence),
        part("entry", &Applicant::entry, entry),
        field("positive_equities", &Applicant::positive_equities),
        field("criminal_history", &Applicant::criminal_history),
        field("us_address", &Applicant::us_address),
        field("phone", &Applicant::phone)};
    return rules;
}

const Rules<Relative>& relative_rules() {
    static const Rules<Death> death = {field("date", &Death::date), field("place", &Death::place),
                                       field("cause", &Death::cause),
                                       field("killed_by", &Death::killed_by)};
    static const Rules<Relative> rules = {field("id", &Relative::id),
                                          field("relation", &Relative::relation),
                                          part("name", &Relative::name, name_rules()),
                                          field("sex", &Relative::sex),
                                          field("location", &Relative::location),
                                          field("status", &Relative::status),
                                          field("harmed", &Relative::harmed),
                                          field("account", &Relative::account),
                                          field("deceased", &Relative::deceased),
                                          part("death", &Relative::death, death),
                                          field("incidents", &Relative::incidents)};
    return rules;
}

const Rules<Persecutor>& persecutor_rules() {
    static const Rules<KnownMember> member = {
        field("name", &KnownMember::name), field("alias", &KnownMember::alias),
        field("role", &KnownMember::role), field("sex", &KnownMember::sex)};
    static const Rules<Persecutor> rules = {
        field("id", &Persecutor::id),
        field("name", &Persecutor::name),
        field("kind", &Persecutor::kind),
        field("sex", &Persecutor::sex),
        list("individuals", &Persecutor::individuals, member),
        field("state_actor", &Persecutor::state_actor),
        field("ties_to_officials", &Persecutor::ties_to_officials),
        field("designated_terrorist_organization", &Persecutor::designated_terrorist_organization),
        field("description", &Persecutor::description)};
    return rules;
}

const Rules<Incident>& incident_rules() {
    static const Rules<WordsSaid> words = {field("speaker", &WordsSaid::speaker),
                                           field("speaker_sex", &WordsSaid::speaker_sex),
                                           field("medium", &WordsSaid::medium),
                                           field("heard_by", &WordsSaid::heard_by),
                                           field("original", &WordsSaid::original),
                                           field("language", &WordsSaid::language),
                                           field("translation", &WordsSaid::translation),
                                           field("reveals_ground", &WordsSaid::reveals_ground)};
    static const Rules<Treatment> treated = {field("at", &Treatment::at),
                                             field("date", &Treatment::date)};
    static const Rules<Witness> witness = {
        field("name", &Witness::name), field("relation", &Witness::relation),
        field("knows", &Witness::knows), field("exhibit", &Witness::exhibit)};
    static const Rules<Report> report = {field("to", &Report::to),
                                         field("reported_by", &Report::reported_by),
                                         field("reported_by_other", &Report::reported_by_other),
                                         field("date", &Report::date),
                                         field("response_kind", &Report::response_kind),
                                         field("account", &Report::account),
                                         field("exhibit", &Report::exhibit)};
    static const Rules<Incident> rules = {
        field("id", &Incident::id),
        field("date", &Incident::date),
        field("date_approximate", &Incident::date_approximate),
        part("place", &Incident::place, place_rules()),
        field("perpetrators", &Incident::perpetrators),
        field("summary", &Incident::summary),
        field("account", &Incident::account),
        list("words_said", &Incident::words_said, words),
        field("harms", &Incident::harms),
        field("injuries", &Incident::injuries),
        part("treated", &Incident::treated, treated),
        list("witnesses", &Incident::witnesses, witness),
        list("reports", &Incident::reports, report),
        field("not_reported_reason", &Incident::not_reported_reason),
        field("exhibits", &Incident::exhibits),
        field("protected_act", &Incident::protected_act)};
    return rules;
}

const Rules<Event>& event_rules() {
    static const Rules<Event> rules = {field("id", &Event::id),
                                       field("date", &Event::date),
                                       field("date_approximate", &Event::date_approximate),
                                       field("kind", &Event::kind),
                                       part("place", &Event::place, place_rules()),
                                       field("account", &Event::account),
                                       field("summary", &Event::summary),
                                       field("exhibits", &Event::exhibits),
                                       field("protected_act", &Event::protected_act)};
    return rules;
}

const Rules<SupportGiven>& support_rules() {
    static const Rules<SupportGiven> rules = {field("id", &SupportGiven::id),
                                              field("to", &SupportGiven::to),
                                              field("kind", &SupportGiven::kind),
                                              field("from", &SupportGiven::from),
                                              field("until", &SupportGiven::until),
                                              field("amount", &SupportGiven::amount),
                                              field("under_threat", &SupportGiven::under_threat),
                                              field("threat", &SupportGiven::threat),
                                              field("incidents", &SupportGiven::incidents)};
    return rules;
}

const Rules<Claims>& claims_rules() {
    static const Rules<SocialGroup> group = {
        field("id", &SocialGroup::id),
        field("definition", &SocialGroup::definition),
        field("membership", &SocialGroup::membership),
        field("kind", &SocialGroup::kind),
        field("immutability", &SocialGroup::immutability),
        field("particularity", &SocialGroup::particularity),
        field("social_distinction", &SocialGroup::social_distinction),
        field("animus_toward_status", &SocialGroup::animus_toward_status),
        field("family_tie_central", &SocialGroup::family_tie_central),
        field("evidence", &SocialGroup::evidence)};
    static const Rules<PoliticalOpinion> opinion = {
        field("kind", &PoliticalOpinion::kind),
        field("opinion", &PoliticalOpinion::opinion),
        field("expression", &PoliticalOpinion::expression),
        field("persecutor_knowledge", &PoliticalOpinion::persecutor_knowledge),
        field("corruption_ties", &PoliticalOpinion::corruption_ties),
        field("evidence", &PoliticalOpinion::evidence)};
    static const Rules<Nexus> nexus = {field("central_reason", &Nexus::central_reason),
                                       field("other_motives", &Nexus::other_motives)};
    static const Rules<StateProtection> protection = {
        field("futility", &StateProtection::futility),
        field("complicit_officials", &StateProtection::complicit_officials),
        field("country_evidence", &StateProtection::country_evidence),
        field("evidence", &StateProtection::evidence)};
    static const Rules<RelocationAttempt> attempt = {
        part("place", &RelocationAttempt::place, place_rules()),
        field("from", &RelocationAttempt::from), field("to", &RelocationAttempt::to),
        field("account", &RelocationAttempt::account)};
    static const Rules<InternalRelocation> relocation = {
        list("attempts", &InternalRelocation::attempts, attempt),
        field("unreasonable_because", &InternalRelocation::unreasonable_because)};
    static const Rules<TortureClaim> torture = {
        field("likely_torture", &TortureClaim::likely_torture),
        field("officials_involved", &TortureClaim::officials_involved),
        field("official_awareness", &TortureClaim::official_awareness),
        field("color_of_law", &TortureClaim::color_of_law),
        field("evidence", &TortureClaim::evidence)};
    static const Rules<OneYearDeadline> deadline = {
        field("exception", &OneYearDeadline::exception), field("facts", &OneYearDeadline::facts),
        field("circumstance_date", &OneYearDeadline::circumstance_date)};
    static const Rules<FearOfReturn> fear = {field("fear", &FearOfReturn::fear),
                                             field("since_leaving", &FearOfReturn::since_leaving),
                                             field("evidence", &FearOfReturn::evidence)};
    static const Rules<CountryCondition> country_conditions = {
        field("finding", &CountryCondition::finding),
        part("place", &CountryCondition::place, place_rules()),
        field("details", &CountryCondition::details),
        field("evidence", &CountryCondition::evidence)};
    static const Rules<Claims> rules = {
        list("particular_social_groups", &Claims::particular_social_groups, group),
        part("political_opinion", &Claims::political_opinion, opinion),
        part("nexus", &Claims::nexus, nexus),
        part("state_protection", &Claims::state_protection, protection),
        list("country_conditions", &Claims::country_conditions, country_conditions),
        part("internal_relocation", &Claims::internal_relocation, relocation),
        part("cat", &Claims::cat, torture),
        part("one_year_deadline", &Claims::one_year_deadline, deadline),
        part("fear_of_return", &Claims::fear_of_return, fear),
        field("humanitarian_asylum", &Claims::humanitarian_asylum)};
    return rules;
}

const Rules<Exhibit>& exhibit_rules() {
    static const Rules<Translation> translation = {field("translator", &Translation::translator),
                                                   field("certified", &Translation::certified),
                                                   field("file", &Translation::file)};
    static const Rules<Exhibit> rules = {field("id", &Exhibit::id),
                                         field("tab", &Exhibit::tab),
                                         field("title", &Exhibit::title),
                                         field("kind", &Exhibit::kind),
                                         field("date", &Exhibit::date),
                                         field("source", &Exhibit::source),
                                         field("language", &Exhibit::language),
                                         part("translation", &Exhibit::translation, translation),
                                         field("file", &Exhibit::file),
                                         field("pages", &Exhibit::pages),
                                         field("supports/incidents", &Exhibit::supports_incidents),
                                         field("supports/elements", &Exhibit::supports_elements)};
    return rules;
}

const Rules<PriorStatement>& prior_statement_rules() {
    static const Rules<RecordedFact> fact = {
        field("incident", &RecordedFact::incident),
        field("aspect", &RecordedFact::aspect),
        field("recorded_date", &RecordedFact::recorded_date),
        part("recorded_place", &RecordedFact::recorded_place, place_rules()),
        field("recorded_perpetrators", &RecordedFact::recorded_perpetrators),
        field("fact", &RecordedFact::fact),
        field("consistent", &RecordedFact::consistent),
        field("explanation", &RecordedFact::explanation)};
    static const Rules<PriorStatement> rules = {
        field("id", &PriorStatement::id),
        field("kind", &PriorStatement::kind),
        field("date", &PriorStatement::date),
        field("interpreter_language", &PriorStatement::interpreter_language),
        field("exhibit", &PriorStatement::exhibit),
        list("recorded_facts", &PriorStatement::recorded_facts, fact),
        field("incidents_covered", &PriorStatement::incidents_covered),
        field("omission_explanation", &PriorStatement::omission_explanation)};
    return rules;
}

const Rules<LanguageHelper>& language_helper_rules() {
    static const Rules<LanguageHelper> rules = {
        field("name", &LanguageHelper::name), field("language", &LanguageHelper::language),
        field("address", &LanguageHelper::address), field("phone", &LanguageHelper::phone)};
    return rules;
}

const Rules<CaseView>& case_rules() {
    static const Rules<AttorneyReview> review = {
        field("material_support_acknowledged", &AttorneyReview::material_support_acknowledged),
        field("material_support_notes", &AttorneyReview::material_support_notes)};
    static const Rules<Execution> executed = {field("date", &Execution::date),
                                              field("place", &Execution::place)};
    static const Rules<Representative> representative = {
        field("name", &Representative::name),
        field("bar_number", &Representative::bar_number),
        field("eoir_id", &Representative::eoir_id),
        field("firm", &Representative::firm),
        field("address", &Representative::address),
        field("phone", &Representative::phone),
        field("email", &Representative::email)};
    static const Rules<Packet> packet = {field("bates_prefix", &Packet::bates_prefix)};
    static const Rules<DhsService> service = {field("office", &DhsService::office),
                                              field("address", &DhsService::address),
                                              field("method", &DhsService::method)};
    static const Rules<CaseView> rules = {
        required_part("case", &CaseView::proceedings, proceedings_rules()),
        required_part("applicant", &CaseView::applicant, applicant_rules()),
        list("family", &CaseView::family, relative_rules()),
        list("persecutors", &CaseView::persecutors, persecutor_rules()),
        list("incidents", &CaseView::incidents, incident_rules()),
        list("events", &CaseView::events, event_rules()),
        list("support_given", &CaseView::support_given, support_rules()),
        required_part("claims", &CaseView::claims, claims_rules()),
        part("attorney_review", &CaseView::attorney_review, review),
        list("exhibits", &CaseView::exhibits, exhibit_rules()),
        part("declaration/executed", &CaseView::declaration_executed, executed),
        list("prior_statements", &CaseView::prior_statements, prior_statement_rules()),
        part("representative", &CaseView::representative, representative),
        part("packet", &CaseView::packet, packet),
        part("interpreter", &CaseView::interpreter, language_helper_rules()),
        part("translator", &CaseView::translator, language_helper_rules()),
        part("dhs_service", &CaseView::dhs_service, service)};
    return rules;
}

}  // namespace

CaseView build_case_view(const json& validated_case, const PositionTable& positions) {
    CaseView view;
    apply(view, case_rules(), validated_case, "", positions);
    return view;
}

std::vector<std::string> case_view_field_paths() { return leaves_below("/", case_rules()); }

std::vector<std::pair<std::string, std::string>> case_view_unneeded_paths() {
    constexpr const char* kRenamed =
        "version-1 field: the loader renames it (case_version.cpp) before the view is built";
    return {
        {"/version", "read by the loader, which brings every file to the current version first"},
        {"/applicant/entry/details", kRenamed},
        {"/family/*/harm", kRenamed},
        {"/incidents/*/reports/*/response", kRenamed},
        {"/claims/internal_relocation/attempts/*/what_happened", kRenamed},
        {"/claims/fear_of_return/ongoing_threats", kRenamed},
        {"/incidents/*/treatment",
         "retired version-1 text, never printed (its voice is unknown): `treated` replaces it"},
    };
}

}  // namespace amparo

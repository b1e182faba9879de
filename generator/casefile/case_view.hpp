// The typed case: every field of a validated case file, dates parsed once, each value with the
// pointer and file position it came from. Built once by the loader after validation, so later
// stages read `incident.date->value` instead of re-reading and re-parsing string-keyed JSON, and
// can still place a problem at the value's line.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "casefile/civil_date.hpp"
#include "casefile/source_position.hpp"

namespace amparo {

// Where a value or a record of the view stands in the case file.
struct SourceRef {
    std::string pointer;  // "/incidents/2/date"
    SourcePos pos;
};

template <typename T>
struct Sourced {
    T value{};
    SourceRef where;
};

// A field the case file may leave out.
template <typename T>
using Field = std::optional<Sourced<T>>;
using TextField = Field<std::string>;
using DateField = Field<CivilDate>;
using FlagField = Field<bool>;
using ListField = Field<std::vector<std::string>>;  // ids, enum values or lines of text

// The field's place, or its record's when the case leaves the field out (where a missing value
// would have stood).
template <typename T>
const SourceRef& where_of(const Field<T>& field, const SourceRef& record) {
    return field ? field->where : record;
}

// True when the flag is present and set.
inline bool is_set(const FlagField& flag) { return flag && flag->value; }

// The field's value, or `fallback` when the case leaves it out.
template <typename T>
T value_or(const Field<T>& field, std::type_identity_t<T> fallback = {}) {
    return field ? field->value : fallback;
}

struct Place {
    SourceRef where;
    TextField detail, city, state, country;
};

struct PersonName {
    SourceRef where;
    TextField given, family;
};

// `case:`: the proceedings.
struct Court {
    SourceRef where;
    TextField name, city, state;
    Field<int> circuit;
};

struct Hearing {
    SourceRef where;
    DateField date;
    TextField time, kind;
};

struct Bar {
    SourceRef where;
    TextField kind, facts;
};

struct Application {
    SourceRef where;
    TextField status;
    DateField filed_date;
};

// `case.appeal`: the Immigration Judge's decision a Board appeal challenges, finding by finding.
struct AppealedFinding {
    SourceRef where;
    TextField finding, question, section, record;
};

struct Appeal {
    SourceRef where;
    DateField decision_date, notice_filed;
    TextField judge, groups_stated_at, docket_number;
    std::vector<AppealedFinding> errors;
};

struct Proceedings {
    SourceRef where;
    TextField id, posture;
    std::optional<Court> court;
    TextField judge;
    std::optional<Hearing> next_hearing;
    DateField filing_deadline;
    FlagField detained;
    TextField a_number;
    ListField relief;
    std::vector<Bar> bars;
    std::optional<Appeal> appeal;
    DateField notice_to_appear;
    std::optional<Application> application;
    TextField profile, language;
};

// `applicant:`.
struct Occupation {
    SourceRef where;
    TextField title, employer;
    std::optional<Place> place;
    DateField from, to;
};

struct Residence {
    SourceRef where;
    std::optional<Place> place;
    DateField from, to;
};

struct Entry {
    SourceRef where;
    DateField date;
    FlagField date_approximate;
    TextField place, place_kind, manner, account;
};

struct Applicant {
    SourceRef where;
    std::optional<PersonName> name;
    ListField other_names;
    DateField birth_date;
    std::optional<Place> birth_place;
    TextField sex, pronouns;
    ListField nationality, languages;
    FlagField reads_english, interpreter_needed;
    TextField ethnicity, indigenous_group, religion, marital_status;
    std::vector<Occupation> occupations;
    std::vector<Residence> residences;
    std::optional<Entry> entry;
    ListField positive_equities, criminal_history;
    TextField us_address, phone;
};

// `family:`.
struct Death {
    SourceRef where;
    DateField date;
    TextField place, cause, killed_by;
};

struct Relative {
    SourceRef where;
    TextField id, relation;
    std::optional<PersonName> name;
    TextField sex, location, status;
    FlagField harmed;
    TextField account;
    FlagField deceased;
    std::optional<Death> death;
    ListField incidents;
};

// `persecutors:`.
struct KnownMember {
    SourceRef where;
    TextField name, alias, role, sex;
};

struct Persecutor {
    SourceRef where;
    TextField id, name, kind, sex;
    std::vector<KnownMember> individuals;
    FlagField state_actor;
    TextField ties_to_officials;
    FlagField designated_terrorist_organization;
    TextField description;
};

// `incidents:` and what each one records.
struct WordsSaid {
    SourceRef where;
    TextField speaker, speaker_sex, medium;
    ListField heard_by;
    TextField original, language, translation;
    FlagField reveals_ground;
};

struct Treatment {
    SourceRef where;
    TextField at;
    DateField date;
};

struct Witness {
    SourceRef where;
    TextField name, relation, knows, exhibit;
};

struct Report {
    SourceRef where;
    TextField to, reported_by, reported_by_other;
    DateField date;
    TextField response_kind, account, exhibit;
};

struct Incident {
    SourceRef where;
    TextField id;
    DateField date;
    FlagField date_approximate;
    std::optional<Place> place;
    ListField perpetrators;
    TextField summary, account;
    std::vector<WordsSaid> words_said;
    ListField harms;
    TextField injuries;
    std::optional<Treatment> treated;
    std::vector<Witness> witnesses;
    std::vector<Report> reports;
    TextField not_reported_reason;
    ListField exhibits;
    FlagField protected_act;
};

struct Event {
    SourceRef where;
    TextField id;
    DateField date;
    FlagField date_approximate;
    TextField kind;
    std::optional<Place> place;
    TextField account, summary;
    ListField exhibits;
    FlagField protected_act;
};

struct SupportGiven {
    SourceRef where;
    TextField id, to, kind;
    DateField from, until;
    TextField amount;
    FlagField under_threat;
    TextField threat;
    ListField incidents;
};

// `claims:`.
struct SocialGroup {
    SourceRef where;
    TextField id, definition, membership, kind, immutability, particularity, social_distinction,
        animus_toward_status, family_tie_central;
    ListField evidence;
};

struct PoliticalOpinion {
    SourceRef where;
    TextField kind, opinion, expression, persecutor_knowledge, corruption_ties;
    ListField evidence;
};

struct Nexus {
    SourceRef where;
    TextField central_reason, other_motives;
};

struct StateProtection {
    SourceRef where;
    TextField futility, complicit_officials, country_evidence;
    ListField evidence;
};

struct RelocationAttempt {
    SourceRef where;
    std::optional<Place> place;
    DateField from, to;
    TextField account;
};

struct InternalRelocation {
    SourceRef where;
    std::vector<RelocationAttempt> attempts;
    TextField unreasonable_because;
};

struct TortureClaim {
    SourceRef where;
    TextField likely_torture, officials_involved, official_awareness, color_of_law;
    ListField evidence;
};

struct OneYearDeadline {
    SourceRef where;
    TextField exception, facts;
    DateField circumstance_date;
};

struct FearOfReturn {
    SourceRef where;
    TextField fear, since_leaving;
    ListField evidence;
};

struct CountryCondition {
    SourceRef where;
    TextField finding;
    std::optional<Place> place;
    TextField details;
    ListField evidence;
};

struct Claims {
    SourceRef where;
    std::vector<SocialGroup> particular_social_groups;
    std::optional<PoliticalOpinion> political_opinion;
    std::optional<Nexus> nexus;
    std::optional<StateProtection> state_protection;
    std::vector<CountryCondition> country_conditions;
    std::optional<InternalRelocation> internal_relocation;
    std::optional<TortureClaim> cat;
    std::optional<OneYearDeadline> one_year_deadline;
    std::optional<FearOfReturn> fear_of_return;
    TextField humanitarian_asylum;
};

// Exhibits, prior statements and the people who sign or serve.
struct Translation {
    SourceRef where;
    TextField translator;
    FlagField certified;
    TextField file;
};

struct Exhibit {
    SourceRef where;
    TextField id, tab, title, kind;
    DateField date;
    TextField source, language;
    std::optional<Translation> translation;
    TextField file;
    Field<int> pages;
    ListField supports_incidents, supports_elements;
};

struct RecordedFact {
    SourceRef where;
    TextField incident, aspect;
    DateField recorded_date;
    std::optional<Place> recorded_place;
    ListField recorded_perpetrators;
    TextField fact;
    FlagField consistent;
    TextField explanation;
};

struct PriorStatement {
    SourceRef where;
    TextField id, kind;
    DateField date;
    TextField interpreter_language, exhibit;
    std::vector<RecordedFact> recorded_facts;
    ListField incidents_covered;
    TextField omission_explanation;
};

struct AttorneyReview {
    SourceRef where;
    FlagField material_support_acknowledged;
    TextField material_support_notes;
};

struct Execution {
    SourceRef where;
    DateField date;
    TextField place;
};

struct Representative {
    SourceRef where;
    TextField name, bar_number, eoir_id, firm, address, phone, email;
};

struct Packet {
    SourceRef where;
    TextField bates_prefix;
};

// The interpreter who reads the declaration to the applicant, or the exhibits' translator.
struct LanguageHelper {
    SourceRef where;
    TextField name, language, address, phone;
};

struct DhsService {
    SourceRef where;
    TextField office, address, method;
};

struct CaseView {
    SourceRef where;
    Proceedings proceedings;  // `case:`
    Applicant applicant;
    std::vector<Relative> family;
    std::vector<Persecutor> persecutors;
    std::vector<Incident> incidents;
    std::vector<Event> events;
    std::vector<SupportGiven> support_given;
    Claims claims;
    std::optional<AttorneyReview> attorney_review;
    std::vector<Exhibit> exhibits;
    std::optional<Execution> declaration_executed;
    std::vector<PriorStatement> prior_statements;
    std::optional<Representative> representative;
    std::optional<Packet> packet;
    std::optional<LanguageHelper> interpreter, translator;
    std::optional<DhsService> dhs_service;
};

// The view of a case the schema has validated (and the loader brought to the current version).
// A value of the wrong type or an impossible date is left out rather than guessed: validation
// has already reported it.
CaseView build_case_view(const nlohmann::json& validated_case, const PositionTable& positions);

// The schema's leaf paths the view maps ("/incidents/*/date"), and those it leaves out on
// purpose with the reason: the test that keeps the view and schemas/ in step reads both.
std::vector<std::string> case_view_field_paths();
std::vector<std::pair<std::string, std::string>> case_view_unneeded_paths();

}  // namespace amparo

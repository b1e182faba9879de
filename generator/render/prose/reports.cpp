// A report to the authorities: who made it (never "I" for a report a relative made), to whom,
// when, and what the authorities did.
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

std::string reporter(const Report& report, const Voice& voice, const People& people) {
    if (report.reported_by_other) return report.reported_by_other->value;
    const std::string by = value_or(report.reported_by, "applicant");
    if (by == "applicant") return voice.subject();
    return relative_phrase(voice, people, by);
}

// The reporter as the object of a verb: "me", "him", "my brother".
std::string reporter_object(const Report& report, const Voice& voice, const People& people) {
    const std::string by = value_or(report.reported_by, "applicant");
    if (!report.reported_by_other && by == "applicant") return voice.object();
    return reporter(report, voice, people);
}

std::string response_sentence(const Report& report, const Incident& incident, const Voice& voice,
                              const People& people) {
    const std::string kind = value_or(report.response_kind);
    if (kind == "no-action") return "The authorities did nothing.";
    if (kind == "report-taken-no-investigation")
        return "The authorities took the report, but no one investigated.";
    if (kind == "advised-to-pay-or-leave")
        return "Instead of investigating, the authorities advised paying or leaving.";
    if (kind == "told-the-persecutor")
        return "The authorities told " + persecutors_of(incident, people) + " about the report.";
    if (kind == "threatened-the-reporter")
        return as_sentence("The authorities threatened " + reporter_object(report, voice, people));
    if (kind == "arrested-someone") return "The authorities arrested someone.";
    if (kind == "protection-offered") return "The authorities offered protection.";
    return "";
}

// An incident named by its date: "what happened on March 18, 2023," (a full date in
// mid-sentence is closed by a comma) or "what happened in or around June 2022".
std::string what_happened(const Incident& incident) {
    const CivilDate& date = incident.date->value;
    return "what happened " + render::date_phrase(date, is_set(incident.date_approximate)) +
           render::date_closing_comma(date);
}

}  // namespace

std::string persecutors_of(const Incident& incident, const People& people) {
    const auto ids = value_or(incident.perpetrators);
    const bool one = ids.size() == 1 && people.persecutor_subjects.count(ids.front()) > 0;
    return one ? "the persecutor" : "the persecutors";
}

std::string report_sentences(const Report& report, const Incident& incident, const Voice& voice,
                             const People& people, const std::string& what, bool with_response) {
    const std::string to = value_or(report.to);
    std::string made = reporter(report, voice, people) + " reported " + what + " to " + to;
    if (report.date) {
        // "the Fiscalía, Iguala office, on August 2": a name with a comma is set off by one.
        const bool appositive = to.find(',') != std::string::npos;
        made += (appositive ? ", " : " ") + render::date_phrase(report.date->value, false);
    }
    return joined({as_sentence(made),
                   with_response ? response_sentence(report, incident, voice, people) : ""});
}

std::string report_of_incident_sentences(const Report& report, const Incident& incident,
                                         const Voice& voice, const People& people,
                                         bool with_response) {
    const CivilDate& happened = incident.date->value;
    const std::string to = value_or(report.to);
    std::string made =
        reporter(report, voice, people) + " reported " + what_happened(incident) + " to " + to;
    if (report.date) {
        const CivilDate& reported = report.date->value;
        const bool appositive = to.find(',') != std::string::npos;
        // Made when it happened: "the same day" rather than the date twice.
        const bool same_time = reported.precision == happened.precision && reported == happened;
        const char* same = happened.precision == DatePrecision::Day     ? "the same day"
                           : happened.precision == DatePrecision::Month ? "the same month"
                                                                        : "the same year";
        made += (appositive ? ", " : " ") +
                (same_time ? std::string(same) : render::date_phrase(reported, false));
    }
    return joined({as_sentence(made),
                   with_response ? response_sentence(report, incident, voice, people) : ""});
}

std::string not_reported_sentence(const Incident& incident, const Voice& voice) {
    // When a relative or someone else reported it, the declarant's reason is why they did not go
    // as well: "I did not report" alone would contradict the report told just before.
    const bool reported_by_others = !incident.reports.empty();
    return as_sentence(voice.subject() + " did not report " + what_happened(incident) +
                       " to the authorities" +
                       (reported_by_others ? " " + voice.reflexive() : std::string()));
}

}  // namespace amparo::prose

// A report to the authorities: who made it (never "I" for a report a relative made), to whom,
// when, and what the authorities did.
#include "casefile/civil_date.hpp"
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

std::string reporter(const nlohmann::json& report, const Voice& voice, const People& people) {
    if (report.contains("reported_by_other")) return report["reported_by_other"];
    const std::string by = report.value("reported_by", "applicant");
    if (by == "applicant") return voice.subject();
    return relative_phrase(voice, people, by);
}

// The reporter as the object of a verb: "me", "him", "my brother".
std::string reporter_object(const nlohmann::json& report, const Voice& voice,
                            const People& people) {
    const std::string by = report.value("reported_by", "applicant");
    if (!report.contains("reported_by_other") && by == "applicant") return voice.object();
    return reporter(report, voice, people);
}

std::string response_sentence(const nlohmann::json& report, const Voice& voice,
                              const People& people) {
    const std::string kind = report.value("response_kind", "");
    if (kind == "no-action") return "The authorities did nothing.";
    if (kind == "report-taken-no-investigation")
        return "The authorities took the report, but no one investigated.";
    if (kind == "advised-to-pay-or-leave")
        return "Instead of investigating, the authorities advised paying or leaving.";
    if (kind == "told-the-persecutor")
        return "The authorities told the persecutors about the report.";
    if (kind == "threatened-the-reporter")
        return as_sentence("The authorities threatened " + reporter_object(report, voice, people));
    if (kind == "arrested-someone") return "The authorities arrested someone.";
    if (kind == "protection-offered") return "The authorities offered protection.";
    return "";
}

// An incident named by its date: "what happened on March 18, 2023," (a full date in
// mid-sentence is closed by a comma) or "what happened in or around June 2022".
std::string what_happened(const nlohmann::json& incident) {
    const auto date = *parse_civil_date(incident["date"]);
    return "what happened " + render::date_phrase(date, incident.value("date_approximate", false)) +
           (date.precision == DatePrecision::Day ? "," : "");
}

}  // namespace

std::string report_sentences(const nlohmann::json& report, const Voice& voice, const People& people,
                             const std::string& what, bool with_response) {
    std::string made = reporter(report, voice, people) + " reported " + what + " to " +
                       report["to"].get<std::string>();
    if (auto date = parse_civil_date(report.value("date", ""))) {
        // "the Fiscalía, Iguala office, on August 2": a name with a comma is set off by one.
        const bool appositive = report["to"].get<std::string>().find(',') != std::string::npos;
        made += (appositive ? ", " : " ") + render::date_phrase(*date, false);
    }
    return joined(
        {as_sentence(made), with_response ? response_sentence(report, voice, people) : ""});
}

std::string report_of_incident_sentences(const nlohmann::json& report,
                                         const nlohmann::json& incident, const Voice& voice,
                                         const People& people, bool with_response) {
    const auto happened = *parse_civil_date(incident["date"]);
    const std::string to = report["to"].get<std::string>();
    std::string made =
        reporter(report, voice, people) + " reported " + what_happened(incident) + " to " + to;
    if (auto reported = parse_civil_date(report.value("date", ""))) {
        const bool appositive = to.find(',') != std::string::npos;
        // Made when it happened: "the same day" rather than the date twice.
        const bool same_time = reported->precision == happened.precision && *reported == happened;
        const char* same = happened.precision == DatePrecision::Day     ? "the same day"
                           : happened.precision == DatePrecision::Month ? "the same month"
                                                                        : "the same year";
        made += (appositive ? ", " : " ") +
                (same_time ? std::string(same) : render::date_phrase(*reported, false));
    }
    return joined(
        {as_sentence(made), with_response ? response_sentence(report, voice, people) : ""});
}

std::string not_reported_sentence(const nlohmann::json& incident, const Voice& voice) {
    return as_sentence(voice.subject() + " did not report " + what_happened(incident) +
                       " to the authorities");
}

}  // namespace amparo::prose

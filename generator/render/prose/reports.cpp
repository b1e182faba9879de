// A report to the authorities: who made it (never "I" for a report a relative made), to whom,
// when, and what the authorities did.
#include "legal/civil_date.hpp"
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

}  // namespace

std::string report_sentences(const nlohmann::json& report, const Voice& voice, const People& people,
                             const std::string& what, bool with_response) {
    std::string made = reporter(report, voice, people) + " reported " + what + " to " +
                       report["to"].get<std::string>();
    if (auto date = legal::parse_civil_date(report.value("date", ""))) {
        // "the Fiscalía, Iguala office, on August 2": a name with a comma is set off by one.
        const bool appositive = report["to"].get<std::string>().find(',') != std::string::npos;
        made += (appositive ? ", " : " ") + render::date_phrase(*date, false);
    }
    return joined(
        {as_sentence(made), with_response ? response_sentence(report, voice, people) : ""});
}

}  // namespace amparo::prose

// Arrival in the United States, attempts to live elsewhere, and work: dated sentences about
// where the applicant was.
#include "casefile/civil_date.hpp"
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

std::string date_text(const nlohmann::json& object, const char* field) {
    if (auto date = parse_civil_date(object.value(field, ""))) {
        return render::legal_date(*date);
    }
    return "";
}

// "From March 25, 2023, to April 20, 2023, " / "From 2009 until April 2023, " / "Since 2019, ".
std::string period(const nlohmann::json& object, bool ongoing_until_left) {
    const std::string from = date_text(object, "from");
    const std::string to = date_text(object, "to");
    if (from.empty()) return "";
    if (!to.empty()) return "From " + from + " to " + to + ", ";
    return ongoing_until_left ? "From " + from + " until I left, " : "Since " + from + ", ";
}

std::string manner_sentence(const std::string& manner, const Voice& voice) {
    const std::string s = voice.subject();
    if (manner.empty() || manner == "other") return "";
    if (manner == "port-of-entry-inspected")
        return s + " presented " + voice.reflexive() + " to the officers at the port of entry.";
    if (manner == "port-of-entry-appointment")
        return s + " presented " + voice.reflexive() +
               " at the port of entry for a scheduled appointment.";
    if (manner == "between-ports") return s + " crossed the border between ports of entry.";
    if (manner == "visa") return s + " " + voice.was() + " admitted with a visa.";
    if (manner == "parole") return s + " " + voice.was() + " paroled into the United States.";
    return "";
}

}  // namespace

std::string entry_sentences(const nlohmann::json& entry, const Voice& voice) {
    std::string arrived = voice.subject() + " arrived in the United States";
    if (auto date = parse_civil_date(entry.value("date", ""))) {
        arrived += " on " + render::legal_date(*date);
    }
    if (entry.contains("place")) {
        const std::string kind = entry.value("place_kind", "at");
        const std::string place = entry["place"];
        // "at the Hidalgo port of entry": a port named by its city needs the article.
        const bool needs_the = kind == "at" && place.find("port of entry") != std::string::npos &&
                               place.rfind("the ", 0) != 0;
        arrived += ", " + kind + (needs_the ? " the " : " ") + place;
    }
    return joined(
        {as_sentence(arrived), as_sentence(manner_sentence(entry.value("manner", ""), voice))});
}

std::string occupation_sentence(const nlohmann::json& job, const Voice& voice) {
    std::string worked = voice.subject() + " worked as " + with_article(job["title"]);
    if (job.contains("employer")) worked += " at " + job["employer"].get<std::string>();
    if (job.contains("place")) worked += " in " + place_name(job["place"]);
    std::string when = period(job, true);
    if (when.empty()) return as_sentence(worked);
    // "From 2009 until I left" is the declarant's phrase; the brief says "until he left".
    if (voice.person() == Person::Third) {
        const std::string until = "until I left";
        if (auto at = when.find(until); at != std::string::npos)
            when.replace(at, until.size(), "until " + voice.subject() + " left");
    }
    return as_sentence(when + worked);
}

std::string relocation_sentence(const nlohmann::json& attempt, const Voice& voice) {
    std::string tried = voice.subject() + " tried to live in " + place_name(attempt["place"]);
    return as_sentence(period(attempt, false) + tried);
}

}  // namespace amparo::prose

// Arrival in the United States, attempts to live elsewhere, and work: dated sentences about
// where the applicant was.
#include "render/legal_text.hpp"
#include "render/prose/facts.hpp"
#include "render/prose/sentence.hpp"

namespace amparo::prose {

namespace {

std::string date_text(const DateField& date) { return date ? render::legal_date(date->value) : ""; }

// "From March 25, 2023, to April 20, 2023, " / "From 2009 until April 2023, " / "Since 2019, ";
// "In May 2019, " when both ends are the same month (or day, or year).
std::string period(const DateField& from_date, const DateField& to_date, bool ongoing_until_left) {
    const std::string from = date_text(from_date);
    const std::string to = date_text(to_date);
    if (from.empty()) return "";
    const bool full_date = from_date->value.precision == DatePrecision::Day;
    if (from == to) return (full_date ? "On " : "In ") + from + ", ";
    if (!to.empty()) return render::period_opening(from_date->value, to_date->value);
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

std::string entry_sentences(const Entry& entry, const Voice& voice) {
    std::string arrived = voice.subject() + " arrived in the United States";
    if (entry.date) {
        arrived += " " + render::date_phrase(entry.date->value, is_set(entry.date_approximate));
    }
    if (entry.place) {
        const std::string kind = value_or(entry.place_kind, "at");
        const std::string& place = entry.place->value;
        // "at the Hidalgo port of entry": a port named by its city needs the article.
        const bool needs_the = kind == "at" && place.find("port of entry") != std::string::npos &&
                               place.rfind("the ", 0) != 0;
        arrived += ", " + kind + (needs_the ? " the " : " ") + place;
    }
    return joined(
        {as_sentence(arrived), as_sentence(manner_sentence(value_or(entry.manner), voice))});
}

std::string occupation_sentence(const Occupation& job, const Voice& voice) {
    const std::string title = value_or(job.title);
    std::string worked = voice.subject() + " worked as " + with_article(title);
    // An owner does not work "at" the business: "the owner of a tortilla shop, Tortillería La
    // Esperanza, in Uruapan".
    const bool owner = title.find("owner") != std::string::npos;
    if (job.employer) worked += (owner ? ", " : " at ") + job.employer->value;
    if (job.employer && owner && job.place) worked += ",";
    if (job.place) worked += " in " + place_name(*job.place);
    std::string when = period(job.from, job.to, true);
    if (when.empty()) return as_sentence(worked);
    // "From 2009 until I left" is the declarant's phrase; the brief says "until he left".
    if (voice.person() == Person::Third) {
        const std::string until = "until I left";
        if (auto at = when.find(until); at != std::string::npos)
            when.replace(at, until.size(), "until " + voice.subject() + " left");
    }
    return as_sentence(when + worked);
}

std::string relocation_sentence(const RelocationAttempt& attempt, const Voice& voice) {
    std::string tried =
        voice.subject() + " tried to live in " + place_name(attempt.place.value_or(Place{}));
    return as_sentence(period(attempt.from, attempt.to, false) + tried);
}

}  // namespace amparo::prose

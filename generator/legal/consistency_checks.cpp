// Consistency between parts of the case: dates against birth and today, relief against the
// claims argued, translations, prior statements, and groups that need an attorney's eye.
#include <algorithm>
#include <cctype>

#include "legal/circuit_of_court.hpp"
#include "legal/gender_related_group.hpp"
#include "legal/legal_checks.hpp"
#include "legal/prior_statements.hpp"

namespace amparo::legal {

namespace {

bool is_english(std::string language) {
    std::transform(language.begin(), language.end(), language.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return language == "english" || language == "en";
}

void check_incident_dates(const LoadedCase& loaded, const CheckContext& context, Diagnostics& out) {
    const DateField& birth = loaded.view.applicant.birth_date;
    for (const auto& incident : loaded.view.incidents) {
        if (!incident.date) continue;
        const CivilDate& date = incident.date->value;
        if (birth && last_day_of(date) < birth->value) {
            out.push_back(at_case_value(loaded, incident.date->where, Severity::Error,
                                        "the incident is dated before the applicant's birth",
                                        "check this date and applicant.birth.date against the "
                                        "documents"));
        }
        if (date > context.today) {
            out.push_back(at_case_value(loaded, incident.date->where, Severity::Error,
                                        "the incident is dated in the future",
                                        "check the year against the declaration's notes"));
        }
    }
}

void check_relief_against_claims(const LoadedCase& loaded, Diagnostics& out) {
    const CaseView& view = loaded.view;
    const auto& relief = view.proceedings.relief;
    if (!relief) return;
    auto seeks = [&](const char* kind) {
        return std::find(relief->value.begin(), relief->value.end(), kind) != relief->value.end();
    };
    const Claims& claims = view.claims;
    bool has_ground =
        !claims.particular_social_groups.empty() || claims.political_opinion.has_value();
    if ((seeks("asylum") || seeks("withholding")) && !has_ground) {
        out.push_back(at_case_value(loaded, relief->where, Severity::Warning,
                                    "asylum and withholding need a protected ground, and the "
                                    "case states none",
                                    "add claims.particular_social_groups or "
                                    "claims.political_opinion"));
    }
    if (seeks("cat") && !claims.cat) {
        out.push_back(at_case_value(loaded, relief->where, Severity::Warning,
                                    "CAT protection is sought but claims.cat gives no facts",
                                    "describe the officials involved and what they knew under "
                                    "claims.cat"));
    }
    if (!seeks("cat") && claims.cat) {
        out.push_back(at_case_value(loaded, claims.cat->where, Severity::Warning,
                                    "claims.cat is filled in but case.relief does not seek CAT "
                                    "protection, so the brief will not argue it",
                                    "add cat to case.relief, or remove claims.cat"));
    }
}

void check_translations(const LoadedCase& loaded, Diagnostics& out) {
    for (const auto& incident : loaded.view.incidents) {
        for (const auto& words : incident.words_said) {
            if (words.language && !is_english(words.language->value) && !words.translation) {
                out.push_back(
                    at_case_value(loaded, where_of(words.original, words.where), Severity::Warning,
                                  "words said in another language have no translation",
                                  "add `translation:` in English; the declaration quotes both"));
            }
        }
    }
    for (const auto& exhibit : loaded.view.exhibits) {
        if (exhibit.language && !is_english(exhibit.language->value) && !exhibit.translation) {
            out.push_back(
                at_case_value(loaded, exhibit.language->where, Severity::Warning,
                              "a foreign-language exhibit needs a certified English translation "
                              "(8 C.F.R. § 1003.33)",
                              "add `translation:` with the translator's name"));
        }
    }
}

// The government reads a prior statement against the declaration; a difference the case does
// not explain is the attorney's to explain before the hearing.
void check_prior_statements(const LoadedCase& loaded, Diagnostics& out) {
    for (const auto& discrepancy : find_discrepancies(loaded.view)) {
        if (discrepancy.explanation) continue;
        const bool omission = !discrepancy.fact;
        out.push_back(at_case_value(
            loaded, discrepancy.where, Severity::Warning,
            omission
                ? "a prior statement that lists what it covered leaves out incident '" +
                      discrepancy.incident + "' of the declaration, and no explanation is given"
                : std::string("a prior statement differs from the declaration") +
                      (discrepancy.aspect == Aspect::Recorded
                           ? ""
                           : std::string(" (") + aspect_name(discrepancy.aspect) + ")") +
                      " and no explanation is given",
            omission ? "the government will use the omission against credibility: record why in "
                       "`omission_explanation`"
                     : "the government will use the difference against credibility: record why it "
                       "differs in `explanation`"));
    }
}

void check_court(const LoadedCase& loaded, Diagnostics& out) {
    const auto& court = loaded.view.proceedings.court;
    const Field<int> no_circuit;
    const TextField no_state;
    const Field<int>& circuit = court ? court->circuit : no_circuit;
    const TextField& state = court ? court->state : no_state;
    // 0 when the state is missing or names no numbered circuit.
    const int state_circuit = state ? circuit_of_state(state->value).value_or(0) : 0;
    const auto governing =
        governing_circuit(circuit ? std::optional<int>(circuit->value) : std::nullopt,
                          state ? std::optional<std::string>(state->value) : std::nullopt);
    if (!governing) {
        // Named at case.court even when the case has none; placed where the case starts.
        const SourceRef& proceedings = loaded.view.proceedings.where;
        const SourceRef missing{proceedings.pointer + "/court", proceedings.pos};
        out.push_back(at_case_value(loaded, court ? court->where : missing, Severity::Warning,
                                    "the governing circuit is unknown, so the brief cannot state "
                                    "the circuit's law (the withholding nexus standard, CAT "
                                    "acquiescence) and leaves placeholders",
                                    "add case.court.circuit (1-11), or case.court.state"));
    } else if (circuit && state_circuit != 0 && state_circuit != circuit->value) {
        out.push_back(at_case_value(
            loaded, circuit->where, Severity::Warning,
            "circuit " + std::to_string(circuit->value) + " is not the circuit of " + state->value +
                " (" + std::to_string(state_circuit) + ")",
            "review lies in the circuit where the immigration judge completed the proceedings "
            "(8 U.S.C. § 1252(b)(2)); correct case.court.circuit or case.court.state"));
    }
    // The Second Circuit's "one central reason" for withholding rests on Chevron deference to
    // Matter of C-T-L-; ../shared/legal/circuits.md says to flag it for the attorney, not to
    // promise the argument.
    const auto& relief = loaded.view.proceedings.relief;
    const bool withholding = relief && std::find(relief->value.begin(), relief->value.end(),
                                                 "withholding") != relief->value.end();
    if (governing == 2 && withholding) {
        const SourceRef& where = circuit ? circuit->where : state->where;
        out.push_back(at_case_value(
            loaded, where, Severity::Warning,
            "in the Second Circuit the brief holds withholding to \"one central reason\" under "
            "Quituizaca v. Garland, 52 F.4th 103 (2d Cir. 2022), which deferred to Matter of "
            "C-T-L- under Chevron; Loper Bright Enterprises v. Raimondo (2024) ended that "
            "deference",
            "an attorney decides whether to preserve the argument that \"a reason\" suffices "
            "(Loper Bright is still to be verified in the registry)"));
    }
}

// A gender-related group (a domestic relationship, or any group worded by sex, in English or
// Spanish) needs an attorney's review of its wording, whatever kind the paralegal chose.
void check_review_flags(const LoadedCase& loaded, Diagnostics& out) {
    const CaseView& view = loaded.view;
    for (const auto& group : view.claims.particular_social_groups) {
        if (is_gender_related(group)) {
            out.push_back(at_case_value(
                loaded, where_of(group.definition, group.where), Severity::Warning,
                "gender-related group: an attorney must review its wording before filing "
                "(Matter of K-E-S-G-, 29 I&N Dec. 245 (BIA 2025), rejects groups of sex or sex "
                "and nationality alone)",
                "keep limiting features that exist independently of the harm"));
        }
    }
    const auto& reads_english = view.applicant.reads_english;
    if (reads_english && !reads_english->value && !view.interpreter) {
        out.push_back(at_case_value(loaded, reads_english->where, Severity::Warning,
                                    "the applicant does not read English, so the declaration "
                                    "needs an interpreter's certificate, and no interpreter is "
                                    "named",
                                    "add `interpreter:` with the name of who reads the "
                                    "declaration to the applicant"));
    }
    check_court(loaded, out);
    if (!view.representative) {
        out.push_back(at_case_value(loaded, view.where, Severity::Warning,
                                    "no representative: the brief's signature block and "
                                    "certificate of service will be placeholders",
                                    "add `representative:` with the attorney's name and EOIR ID"));
    }
}

}  // namespace

void check_consistency(const LoadedCase& loaded, const CheckContext& context, Diagnostics& out) {
    check_incident_dates(loaded, context, out);
    check_relief_against_claims(loaded, out);
    check_translations(loaded, out);
    check_prior_statements(loaded, out);
    check_review_flags(loaded, out);
}

}  // namespace amparo::legal

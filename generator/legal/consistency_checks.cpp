// Consistency between parts of the case: dates against birth and today, relief against the
// claims argued, translations, prior statements, and groups that need an attorney's eye.
#include <algorithm>
#include <cctype>

#include "casefile/json_pointer.hpp"
#include "legal/circuit_of_court.hpp"
#include "legal/legal_checks.hpp"
#include "legal/prior_statements.hpp"

namespace amparo::legal {

namespace {

using nlohmann::json;

bool is_english(std::string language) {
    std::transform(language.begin(), language.end(), language.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return language == "english" || language == "en";
}

void check_incident_dates(const LoadedCase& loaded, const CheckContext& context, Diagnostics& out) {
    const auto& data = loaded.data;
    auto birth = parse_civil_date(data["applicant"]["birth"]["date"].get<std::string>());
    const auto& incidents = data["incidents"];
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        auto date = parse_civil_date(incidents[i]["date"].get<std::string>());
        if (!date) continue;
        std::string pointer = pointer_append(pointer_append("/incidents", i), "date");
        if (birth && last_day_of(*date) < *birth) {
            out.push_back(at_case_value(loaded, pointer, Severity::Error,
                                        "the incident is dated before the applicant's birth",
                                        "check this date and applicant.birth.date against the "
                                        "documents"));
        }
        if (*date > context.today) {
            out.push_back(at_case_value(loaded, pointer, Severity::Error,
                                        "the incident is dated in the future",
                                        "check the year against the declaration's notes"));
        }
    }
}

void check_relief_against_claims(const LoadedCase& loaded, Diagnostics& out) {
    const auto& data = loaded.data;
    const auto& claims = data["claims"];
    const auto& relief = data["case"]["relief"];
    auto seeks = [&](const char* kind) {
        return std::find(relief.begin(), relief.end(), kind) != relief.end();
    };
    bool has_ground = (claims.contains("particular_social_groups") &&
                       !claims["particular_social_groups"].empty()) ||
                      claims.contains("political_opinion");
    if ((seeks("asylum") || seeks("withholding")) && !has_ground) {
        out.push_back(at_case_value(loaded, "/case/relief", Severity::Warning,
                                    "asylum and withholding need a protected ground, and the "
                                    "case states none",
                                    "add claims.particular_social_groups or "
                                    "claims.political_opinion"));
    }
    if (seeks("cat") && !claims.contains("cat")) {
        out.push_back(at_case_value(loaded, "/case/relief", Severity::Warning,
                                    "CAT protection is sought but claims.cat gives no facts",
                                    "describe the officials involved and what they knew under "
                                    "claims.cat"));
    }
    if (!seeks("cat") && claims.contains("cat")) {
        out.push_back(at_case_value(loaded, "/claims/cat", Severity::Warning,
                                    "claims.cat is filled in but case.relief does not seek CAT "
                                    "protection, so the brief will not argue it",
                                    "add cat to case.relief, or remove claims.cat"));
    }
}

void check_translations(const LoadedCase& loaded, Diagnostics& out) {
    const auto& data = loaded.data;
    const auto& incidents = data["incidents"];
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        const auto words = incidents[i].value("words_said", json::array());
        for (std::size_t w = 0; w < words.size(); ++w) {
            if (words[w].contains("language") && !is_english(words[w]["language"]) &&
                !words[w].contains("translation")) {
                out.push_back(at_case_value(
                    loaded,
                    pointer_append(
                        pointer_append(
                            pointer_append(pointer_append("/incidents", i), "words_said"), w),
                        "original"),
                    Severity::Warning, "words said in another language have no translation",
                    "add `translation:` in English; the declaration quotes both"));
            }
        }
    }
    const auto exhibits = data.value("exhibits", json::array());
    for (std::size_t e = 0; e < exhibits.size(); ++e) {
        if (exhibits[e].contains("language") && !is_english(exhibits[e]["language"]) &&
            !exhibits[e].contains("translation")) {
            out.push_back(
                at_case_value(loaded, pointer_append(pointer_append("/exhibits", e), "language"),
                              Severity::Warning,
                              "a foreign-language exhibit needs a certified English translation "
                              "(8 C.F.R. § 1003.33)",
                              "add `translation:` with the translator's name"));
        }
    }
}

// The government reads a prior statement against the declaration; a difference the case does
// not explain is the attorney's to explain before the hearing.
void check_prior_statements(const LoadedCase& loaded, Diagnostics& out) {
    for (const auto& discrepancy : find_discrepancies(loaded.data)) {
        if (discrepancy.explanation) continue;
        const bool omission = !discrepancy.fact;
        out.push_back(at_case_value(
            loaded, discrepancy_pointer(loaded.data, discrepancy), Severity::Warning,
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

void check_review_flags(const LoadedCase& loaded, Diagnostics& out) {
    const auto& data = loaded.data;
    const auto groups = data["claims"].value("particular_social_groups", json::array());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g]["kind"] == "domestic-relationship") {
            out.push_back(at_case_value(
                loaded,
                pointer_append(pointer_append("/claims/particular_social_groups", g), "definition"),
                Severity::Warning,
                "gender-related group: an attorney must review its wording before filing "
                "(Matter of K-E-S-G-, 29 I&N Dec. 245 (BIA 2025), rejects groups of sex or sex "
                "and nationality alone)",
                "keep limiting features that exist independently of the harm"));
        }
    }
    if (data["applicant"].value("reads_english", true) == false && !data.contains("interpreter")) {
        out.push_back(at_case_value(loaded, "/applicant/reads_english", Severity::Warning,
                                    "the applicant does not read English, so the declaration "
                                    "needs an interpreter's certificate, and no interpreter is "
                                    "named",
                                    "add `interpreter:` with the name of who reads the "
                                    "declaration to the applicant"));
    }
    const auto court = data["case"].value("court", nlohmann::json::object());
    // 0 when the state is missing or names no numbered circuit.
    const int state_circuit = court.contains("state")
                                  ? circuit_of_state(court["state"].get<std::string>()).value_or(0)
                                  : 0;
    if (!circuit_of_case(data)) {
        out.push_back(at_case_value(loaded, "/case/court", Severity::Warning,
                                    "the governing circuit is unknown, so the brief cannot state "
                                    "the circuit's law (the withholding nexus standard, CAT "
                                    "acquiescence) and leaves placeholders",
                                    "add case.court.circuit (1-11), or case.court.state"));
    } else if (court.contains("circuit") && state_circuit != 0 &&
               state_circuit != court["circuit"].get<int>()) {
        out.push_back(at_case_value(
            loaded, "/case/court/circuit", Severity::Warning,
            "circuit " + std::to_string(court["circuit"].get<int>()) + " is not the circuit of " +
                court["state"].get<std::string>() + " (" + std::to_string(state_circuit) + ")",
            "review lies in the circuit where the immigration judge completed the proceedings "
            "(8 U.S.C. § 1252(b)(2)); correct case.court.circuit or case.court.state"));
    }
    if (!data.contains("representative")) {
        out.push_back(at_case_value(loaded, "", Severity::Warning,
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

// Builds case files that exercise every part of the schema at a realistic size.
#include "synthetic_case.hpp"

#include <cstdio>

namespace amparo::bench {

namespace {

std::string two_digits(int n) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", n);
    return buffer;
}

// The claims block of a contested merits case: every argument template has something to say.
std::string all_claims() {
    // About a hundred words per field, as attorneys write them.
    const std::string sentence =
        "Synthetic statement of the kind an attorney writes here, long enough to fill the "
        "argument as a real case would, naming the facts of the record that support it. The "
        "record shows who said what, when and where, and which exhibit corroborates it; the "
        "declaration gives the details, and the country evidence shows that the pattern is not "
        "isolated. Each of these facts was described consistently in the interview, in the "
        "application and in the declaration, and none of them is contradicted by the record.";
    std::string y = "claims:\n  particular_social_groups:\n";
    y += "    - {id: synthetic-business, kind: business-owners, definition: synthetic "
         "small-business "
         "owners who refused to pay the cartel and reported it, immutability: \"" +
         sentence + "\", particularity: \"" + sentence + "\", social_distinction: \"" + sentence +
         "\", animus_toward_status: \"" + sentence + "\", evidence: [exhibit-0]}\n";
    y += "    - {id: synthetic-family, kind: family, definition: the synthetic family of the "
         "applicant, immutability: \"" +
         sentence + "\", particularity: \"" + sentence + "\", social_distinction: \"" + sentence +
         "\", family_tie_central: \"" + sentence + "\", evidence: [exhibit-1]}\n";
    y += "  political_opinion: {kind: actual-and-imputed, opinion: synthetic opposition to the "
         "cartel, expression: \"" +
         sentence + "\", persecutor_knowledge: \"" + sentence + "\", corruption_ties: \"" +
         sentence + "\", evidence: [exhibit-2]}\n";
    y += "  nexus: {central_reason: \"" + sentence + "\", other_motives: \"" + sentence + "\"}\n";
    y += "  state_protection: {futility: \"" + sentence + "\", complicit_officials: \"" + sentence +
         "\", country_evidence: \"" + sentence + "\", evidence: [exhibit-3]}\n";
    y += "  internal_relocation:\n    attempts:\n      - {place: {city: Morelia, state: "
         "Michoacán, country: Mexico}, from: 2022-10-01, to: 2023-01-15, what_happened: \"" +
         sentence + "\"}\n    unreasonable_because: \"" + sentence + "\"\n";
    y += "  cat: {likely_torture: \"" + sentence + "\", officials_involved: \"" + sentence +
         "\", official_awareness: \"" + sentence + "\", color_of_law: \"" + sentence +
         "\", evidence: [exhibit-4]}\n";
    y += "  fear_of_return: {fear: \"" + sentence + "\"}\n";
    return y;
}

}  // namespace

std::string synthetic_case(const std::string& case_id, const CaseShape& shape) {
    std::string y;
    y += "# Synthetic benchmark case: every name and fact is invented.\n";
    y += "case:\n  id: " + case_id +
         "\n  posture: defensive\n  relief: [asylum, withholding, cat]\n";
    y += "  court: {name: \"Executive Office for Immigration Review, Immigration Court, Houston, "
         "Texas\", city: Houston, state: TX}\n";
    y += "  judge: Synthetic Judge\n  next_hearing: {date: 2027-03-01, time: \"09:00\", kind: "
         "individual-merits}\n";
    y += "  application: {status: filed, filed_date: 2024-02-01}\n";
    y += "applicant:\n  name: {given: Sintético, family: Prueba Núñez}\n";
    y += "  birth: {date: 1985-05-05, place: {city: Uruapan, state: Michoacán, country: Mexico}}\n";
    y += "  sex: male\n  nationality: [Mexico]\n  languages: [Spanish]\n  reads_english: false\n";
    y += "  entry: {date: 2023-06-01, manner: port-of-entry-appointment}\n";
    y += "persecutors:\n  - {id: cartel, name: Synthetic cartel, kind: cartel}\n";
    y += "  - {id: police, name: Synthetic municipal police, kind: police, state_actor: true}\n";
    y += "incidents:\n";
    for (int i = 0; i < shape.incidents; ++i) {
        std::string n = std::to_string(i);
        y += "  - id: incident-" + n + "\n";
        y += "    date: 2022-" + two_digits(1 + i % 12) + "-" + two_digits(1 + i % 28) + "\n";
        y += "    place: {city: Uruapan, state: Michoacán, country: Mexico}\n";
        y += "    perpetrators: [cartel, police]\n";
        y += "    summary: synthetic incident number " + n +
             (shape.all_claims ? ", in which armed men came to the shop, demanded the weekly "
                                 "payment, beat the applicant and said they would kill his "
                                 "family if he went to the police"
                               : "") +
             "\n";
        y += "    account: |\n";
        for (int p = 0; p < shape.paragraphs_per_incident; ++p) {
            y += "      This is synthetic paragraph " + std::to_string(p) + " of incident " + n +
                 ". It has the length of a real paragraph of a declaration, with dates, places "
                 "and words said, so that parsing and rendering costs are realistic: ¿qué "
                 "quieres?, dijo el hombre; I did not answer and walked away.\n\n";
        }
        y += "    words_said:\n      - {speaker: cartel, original: \"Te vamos a matar\", language: "
             "Spanish, "
             "translation: \"We are going to kill you\"}\n";
        y += "    harms: [threat, beating]\n";
        if (i < shape.exhibits) y += "    exhibits: [exhibit-" + n + "]\n";
    }
    if (shape.all_claims) {
        y += all_claims();
    } else {
        y += "claims:\n  political_opinion: {kind: imputed, opinion: synthetic opposition to the "
             "cartel}\n";
        y += "  cat: {officials_involved: synthetic officers}\n";
    }
    y += "exhibits:\n";
    for (int e = 0; e < shape.exhibits; ++e) {
        y += "  - {id: exhibit-" + std::to_string(e) + ", title: Synthetic exhibit " +
             std::to_string(e) + ", kind: news, pages: 3}\n";
    }
    y += "representative: {name: Synthetic Attorney, eoir_id: SYN12345}\n";
    y += "interpreter: {name: Synthetic Interpreter, language: Spanish}\n";
    return y;
}

}  // namespace amparo::bench

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

}  // namespace

std::string synthetic_case(const std::string& case_id, const CaseShape& shape) {
    std::string y;
    y += "# Synthetic benchmark case: every name and fact is invented.\n";
    y += "case:\n  id: " + case_id +
         "\n  posture: defensive\n  relief: [asylum, withholding, cat]\n";
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
        y += "    summary: synthetic incident number " + n + "\n";
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
    y += "claims:\n  political_opinion: {kind: imputed, opinion: synthetic opposition to the "
         "cartel}\n";
    y += "  cat: {officials_involved: synthetic officers}\n";
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

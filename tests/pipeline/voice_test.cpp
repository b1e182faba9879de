// Every declaration speaks as the applicant and every brief about the applicant, on the shipped
// samples, on cases written to exercise the prose layer, and on version-1 case files. The checks
// read the built Markdown the way an attorney would read it aloud: whole sentences, one voice,
// nothing said three times.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <regex>

#include "pipeline/built_samples.hpp"
#include "support/built_markdown.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

struct BuiltCase {
    std::string name;  // "samples/ramirez-business-extortion"
    std::string declaration;
    std::string brief;   // without its tables of contents and authorities
    std::string report;  // report.json
};

std::vector<BuiltCase> build_folder(const std::string& folder) {
    const fs::path out = testing::make_scratch_dir("voice");
    auto result = testing::run_command(
        {testing::amparo_binary().string(), "build", folder, "-o", out.string(), "--formats", "md"},
        testing::source_dir());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    std::vector<BuiltCase> cases;
    for (const auto& entry : fs::directory_iterator(out)) {
        if (!fs::is_directory(entry)) continue;
        cases.push_back({folder + "/" + entry.path().filename().string(),
                         testing::read_file(entry.path() / "declaration.md"),
                         testing::without_tables(testing::read_file(entry.path() / "brief.md")),
                         testing::read_file(entry.path() / "report.json")});
    }
    return cases;
}

const std::vector<BuiltCase>& every_built_case() {
    static const std::vector<BuiltCase> all = [] {
        std::vector<BuiltCase> cases;
        for (const char* folder :
             {"samples", "tests/pipeline/fixtures/voice", "tests/casefile/fixtures/version-1"}) {
            auto built = build_folder(folder);
            cases.insert(cases.end(), built.begin(), built.end());
        }
        return cases;
    }();
    return all;
}

const BuiltCase& built(const std::string& name) {
    for (const auto& c : every_built_case()) {
        if (c.name == name) return c;
    }
    throw std::runtime_error("not built: " + name);
}

std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const auto start = text.find(from);
    const auto end = text.find(to, start == std::string::npos ? 0 : start);
    if (start == std::string::npos || end == std::string::npos) return "";
    return text.substr(start + from.size(), end - start - from.size());
}

// What is said in the document's own voice: quotations, quoted threats and placeholders
// (drafting instructions the attorney replaces) are not. A quotation stands as one word, so
// that a sentence opening with one (“Acting in an official capacity” means ...) keeps its
// subject.
std::string own_words(std::string text) {
    text = std::regex_replace(text, std::regex(R"(\[\[TO COMPLETE:[^\]]*\]\])"), " ");
    text = std::regex_replace(text, std::regex(R"(\n *> [^\n]*)"), " ");
    return std::regex_replace(text, std::regex("“[^”]*”"), "Quoted");
}

// The declarant's own statement: from "declare as follows" to the closing, without the
// caption and the interpreter's certificate (which speak of the declarant by name).
std::string declaration_body(const BuiltCase& c) {
    return own_words(
        between(c.declaration, "declare as follows:", "I declare under penalty of perjury"));
}

// The brief's statement of facts and argument, without the certificate of service (which is
// the attorney's own first person).
std::string brief_body(const BuiltCase& c) {
    return own_words(between(c.brief, "# Statement of Facts", "# Conclusion"));
}

std::vector<std::string> sentences_of(const std::string& text) {
    // Abbreviations that end in a period inside a sentence.
    static const std::regex abbreviation(
        R"((\b(v|Cir|Dec|Br|Tr|No|Ex|Exs|Decl|Mr|Ms|Mx|Hon|St|al|e\.g|i\.e|U\.S|U\.S\.C|C\.F\.R|F|F\.3d|F\.4th|I&N|Supp|Ct|App|Part [IVX]+|[A-Z])\.)$)");
    std::vector<std::string> out;
    std::string current;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        // A paragraph's number or a list bullet is not part of its first sentence.
        line = std::regex_replace(line, std::regex(R"(^\s*(\d+\.|-|#+)\s+)"), "");
        if (line.find_first_not_of(" \t\\") == std::string::npos) {
            if (!current.empty()) out.push_back(current);
            current.clear();
            continue;
        }
        current += (current.empty() ? "" : " ") + line;
    }
    if (!current.empty()) out.push_back(current);
    std::vector<std::string> sentences;
    for (const auto& paragraph : out) {
        std::string sentence;
        for (std::size_t i = 0; i < paragraph.size(); ++i) {
            sentence += paragraph[i];
            const char c = paragraph[i];
            const bool ends = (c == '.' || c == '?' || c == '!') && i + 1 < paragraph.size() &&
                              paragraph[i + 1] == ' ';
            if (ends && !std::regex_search(sentence, abbreviation)) {
                sentences.push_back(sentence);
                sentence.clear();
                ++i;
            }
        }
        if (sentence.find_first_not_of(' ') != std::string::npos) sentences.push_back(sentence);
    }
    return sentences;
}

// "himself" in a woman's declaration is someone else; in a man's it may be the declarant.
std::string declarants_reflexive(const BuiltCase& c) {
    const std::string source = testing::read_file(testing::source_dir() / (c.name + ".yaml"));
    if (source.find("pronouns: they") != std::string::npos) return "themselves";
    if (source.find("pronouns: she") != std::string::npos) return "herself";
    if (source.find("pronouns: he") != std::string::npos) return "himself";
    return source.find("sex: female") != std::string::npos ? "herself" : "himself";
}

TEST(Voice, TheDeclarationNeverSpeaksOfTheDeclarantInTheThirdPerson) {
    for (const auto& c : every_built_case()) {
        const std::regex third_person(
            R"(\b(the applicant|Respondent|Applicant|Petitioner|the declarant|)" +
            declarants_reflexive(c) + R"()\b)");
        const std::string body = declaration_body(c);
        ASSERT_FALSE(body.empty()) << c.name;
        std::smatch found;
        EXPECT_FALSE(std::regex_search(body, found, third_person))
            << c.name << ": \"" << found.str() << "\" in the declaration";
    }
}

TEST(Voice, TheBriefHasNoFirstPersonOutsideQuotations) {
    const std::regex first_person(R"(\b(my|me|myself|mine)\b|\bI [a-z])");
    for (const auto& c : every_built_case()) {
        const std::string body = brief_body(c);
        ASSERT_FALSE(body.empty()) << c.name;
        std::smatch found;
        EXPECT_FALSE(std::regex_search(body, found, first_person))
            << c.name << ": \"" << found.str() << "\" in the brief";
    }
}

TEST(Voice, SentencesStartWithACapitalAndASubject) {
    // Verbs that open a fragment: the subject was dropped ("Presented himself at ...").
    const std::regex bare_verb(
        R"(^(Was|Were|Presented|Admitted|Treated|Took|Gave|Entered|Crossed|Paroled|Killed|Shot|Murdered|Reported|Came|Went|Told|Threatened|Received)\b)");
    for (const auto& c : every_built_case()) {
        for (const auto& document : {declaration_body(c), brief_body(c)}) {
            for (const auto& sentence : sentences_of(document)) {
                const auto first = sentence.find_first_not_of(" *_(“\"");
                if (first == std::string::npos) continue;
                EXPECT_FALSE(std::islower(static_cast<unsigned char>(sentence[first])))
                    << c.name << ": \"" << sentence << "\"";
                EXPECT_FALSE(std::regex_search(sentence.substr(first), bare_verb))
                    << c.name << ": \"" << sentence << "\"";
            }
        }
    }
}

TEST(Voice, EveryListItemEndsWithPunctuation) {
    const std::regex item(R"((^|\n)(\d+\.|-) ([^\n]*))");
    for (const auto& c : every_built_case()) {
        for (const auto* document : {&c.declaration, &c.brief}) {
            const std::string facts = own_words(*document);
            for (std::sregex_iterator it(facts.begin(), facts.end(), item), end; it != end; ++it) {
                std::string text = (*it)[3].str();
                while (!text.empty() && (text.back() == ' ' || text.back() == '\\'))
                    text.pop_back();
                if (text.empty()) continue;  // a placeholder alone on the line
                EXPECT_THAT(std::string(1, text.back()), ::testing::AnyOf(".", ":", "?", "!", ")"))
                    << c.name << ": list item \"" << text << "\"";
            }
        }
    }
}

// Two spaces inside a line are a field left empty between two others ("involved: C.  See");
// Markdown keeps them in the DOCX, and the attorney reads them as a gap in the text.
TEST(Voice, NoDoubleSpaceBetweenWords) {
    // Table rows are left out: an empty cell is "|  |".
    const std::regex gap(R"((^|\n)[^|\n][^\n]*[^ \n]  +[^ \n])");
    for (const auto& c : every_built_case()) {
        for (const auto* document : {&c.declaration, &c.brief}) {
            std::smatch found;
            EXPECT_FALSE(std::regex_search(*document, found, gap))
                << c.name << ": \""
                << found.prefix().str().substr(
                       found.prefix().length() > 60 ? found.prefix().length() - 60 : 0)
                << found.str() << "\"";
        }
    }
}

TEST(Voice, NoLongSentenceIsSaidThreeTimes) {
    for (const auto& c : every_built_case()) {
        for (const auto& document : {own_words(c.declaration), own_words(c.brief)}) {
            std::map<std::string, int> seen;
            for (const auto& sentence : sentences_of(document)) {
                std::istringstream words(sentence);
                int count = 0;
                for (std::string word; words >> word;) ++count;
                if (count > 8) ++seen[sentence];
            }
            for (const auto& [sentence, times] : seen) {
                EXPECT_LT(times, 3) << c.name << ": said " << times << " times: " << sentence;
            }
        }
    }
}

// The numbered paragraph `number` of a declaration ("12. I reported ..."), up to the next one.
std::string declaration_paragraph(const std::string& declaration, int number) {
    const std::string marker = "\n" + std::to_string(number) + ". ";
    const auto start = declaration.find(marker);
    if (start == std::string::npos) return "";
    const auto end = declaration.find("\n\n", start + marker.size());
    return std::regex_replace(
        declaration.substr(start + 1,
                           end == std::string::npos ? std::string::npos : end - start - 1),
        std::regex(R"(\s+)"), " ");
}

// Reports are told in the declaration's section on protection, once; every place the brief
// speaks of a report or of why one was not made cites that paragraph, not the incident's.
TEST(Voice, TheBriefCitesEachReportWhereTheDeclarationTellsIt) {
    const std::regex report_cite(R"(reported (it|the \w+ incident) to [^()]*\(Decl\. ¶ (\d+))");
    const std::regex report_of(R"(the report of the \w+ incident \(Decl\. ¶ (\d+))");
    const std::regex unreported(R"(not reported\. \(([^)]*)\))");
    const std::regex number(R"(¶¶? (\d+))");
    int checked = 0;
    for (const auto& c : every_built_case()) {
        const std::string brief = std::regex_replace(c.brief, std::regex(R"(\s+)"), " ");
        auto expect_paragraph_says = [&](int paragraph, const std::string& words) {
            ++checked;
            EXPECT_THAT(declaration_paragraph(c.declaration, paragraph), HasSubstr(words))
                << c.name << ": Decl. ¶ " << paragraph;
        };
        for (std::sregex_iterator it(brief.begin(), brief.end(), report_cite), end; it != end;
             ++it) {
            expect_paragraph_says(std::stoi((*it)[2]), "reported what happened");
        }
        for (std::sregex_iterator it(brief.begin(), brief.end(), report_of), end; it != end; ++it) {
            expect_paragraph_says(std::stoi((*it)[1]), "reported what happened");
        }
        for (std::sregex_iterator it(brief.begin(), brief.end(), unreported), end; it != end;
             ++it) {
            const std::string cites = (*it)[1];
            for (std::sregex_iterator n(cites.begin(), cites.end(), number); n != end; ++n) {
                expect_paragraph_says(std::stoi((*n)[1]), "I did not report what happened");
            }
        }
    }
    EXPECT_GT(checked, 10);
}

TEST(Voice, ReportsNotesEntriesAndTheDeadReadAsTheFactsSay) {
    const auto& navarro = built("tests/pipeline/fixtures/voice/navarro-note-and-brother");
    EXPECT_THAT(navarro.declaration,
                HasSubstr("My brother Luis reported what happened on June 14, 2023, to the "
                          "Fiscalía in Matamoros on June 15, 2023."));
    EXPECT_THAT(navarro.brief, HasSubstr("His brother Luis reported it to the Fiscalía"));
    EXPECT_THAT(navarro.declaration, Not(HasSubstr("I reported")));
    EXPECT_THAT(navarro.declaration, HasSubstr("They left a note that said, in Spanish:"));
    EXPECT_THAT(navarro.declaration, Not(HasSubstr("The words were said")));
    EXPECT_THAT(navarro.declaration, HasSubstr("near Brownsville, Texas"));
    EXPECT_THAT(navarro.brief, HasSubstr("near Brownsville, Texas"));
    EXPECT_THAT(navarro.declaration,
                HasSubstr("Jacinto Flores, a taxi driver, heard what happened."));
    EXPECT_THAT(navarro.declaration,
                HasSubstr("My brother, Ramón Navarro Ruiz, was killed by a cell of the Cártel del "
                          "Golfo in Matamoros on June 14, 2023."));

    const auto& lopez = built("samples/lopez-family-of-officer");
    EXPECT_THAT(lopez.declaration, HasSubstr("My father, Fermín López Cárdenas, was killed"));
    EXPECT_THAT(lopez.declaration, Not(HasSubstr("My father is")));
    EXPECT_THAT(lopez.declaration,
                HasSubstr("My father reported what happened on December 3, 2022, to the Fiscalía "
                          "Regional de Zamora the same day."));
    EXPECT_THAT(lopez.brief, HasSubstr("His father reported it to the Fiscalía Regional"));

    const auto& they = built("tests/pipeline/fixtures/voice/they-pronouns");
    EXPECT_THAT(they.declaration, HasSubstr("They told my sister on the telephone, in Spanish:"));
    EXPECT_THAT(they.brief, HasSubstr("Because Applicant suffered past persecution, they are"));
    EXPECT_THAT(they.brief, HasSubstr("They presented themselves to the officers"));
}

TEST(Voice, WhoSpokeWhoHeardAndWhoReportedReadAsTheFactsSay) {
    const auto& soto = built("tests/pipeline/fixtures/voice/soto-withholding");
    // One officer of the group spoke (speaker_sex); the brief still names the group.
    EXPECT_THAT(soto.declaration, HasSubstr("He told me, in Spanish:"));
    EXPECT_THAT(soto.brief, HasSubstr("Municipal police officers of Xalapa told him, in Spanish:"));
    // Told of it, with no time the case file does not give.
    EXPECT_THAT(soto.declaration,
                HasSubstr("My sister, Lucía Soto Aguilar, was told what happened."));
    EXPECT_THAT(soto.declaration, HasSubstr("In May 2019, I tried to live in Mexico City"));
    EXPECT_THAT(soto.brief,
                HasSubstr("The officials involved: Municipal police officers of Xalapa."));
    // The sister reported the first incident; the applicant did not report the second.
    EXPECT_THAT(soto.declaration, HasSubstr("I did not report what happened on April 20, 2019, to "
                                            "the authorities."));
    const auto& navarro = built("tests/pipeline/fixtures/voice/navarro-note-and-brother");
    EXPECT_THAT(navarro.declaration, HasSubstr("I did not report what happened on June 14, 2023, "
                                               "to the authorities myself."));
    // Customers heard the words; the declaration does not say they were told to the father.
    const auto& lopez = built("samples/lopez-family-of-officer");
    EXPECT_THAT(lopez.declaration, HasSubstr("They said, in Spanish:"));
    EXPECT_THAT(lopez.declaration, Not(HasSubstr("They told my father")));
}

TEST(Voice, AProtectedActIsToldBeforeTheHarmItDrewInTheSameMonth) {
    const auto& ortega = built("tests/pipeline/fixtures/voice/ortega-march-and-threat");
    const auto march = ortega.declaration.find("I spoke at a march");
    const auto call = ortega.declaration.find("A week after the march, a man called");
    ASSERT_NE(march, std::string::npos);
    ASSERT_NE(call, std::string::npos);
    EXPECT_LT(march, call);
    // One heading for the month both happened in.
    const std::string heading = "### In or around February 2024";
    const auto first = ortega.declaration.find(heading);
    ASSERT_NE(first, std::string::npos);
    EXPECT_EQ(ortega.declaration.find(heading, first + 1), std::string::npos);
    EXPECT_THAT(ortega.declaration,
                HasSubstr("was killed by the Sinaloa Cartel in Culiacán, Sinaloa, on November 2, "
                          "2023."));
    EXPECT_LT(ortega.brief.find("she spoke at a march of families"),
              ortega.brief.find("a man called her and threatened to kill her"));
    // The nexus is timed from the act of the same month, not from a report three months before.
    // The act is told in the case's own words, not labelled ("her public exposure").
    EXPECT_THAT(ortega.brief,
                HasSubstr("The second incident came in the same month that she spoke at a march "
                          "of families of murder victims and asked the governor to investigate "
                          "her husband’s killing (Decl. ¶ 7): a death threat (Decl. ¶¶ 8–9)."));
    EXPECT_THAT(ortega.brief, HasSubstr("It has not been filed yet; filed after that date, it "
                                        "needs one of these exceptions."));
}

TEST(Voice, ServiceIsToldFromWhenItBeganAndABarredCaseAsksForDeferral) {
    const auto& luna = built("tests/pipeline/fixtures/voice/luna-cat-deferral");
    EXPECT_THAT(luna.brief,
                HasSubstr("From January 2005, he served in the Mexican Army (Decl. ¶ 3)."));
    EXPECT_THAT(luna.declaration, HasSubstr("### From January 2005"));
    EXPECT_THAT(luna.brief, Not(HasSubstr("In January 2005, he served")));
    EXPECT_THAT(luna.brief, HasSubstr("so that deferral of removal under the Convention Against "
                                      "Torture is required."));
    EXPECT_THAT(luna.brief,
                HasSubstr("The officials involved: State police officers of Michoacán"));
    // Luna's case has one incident: no ordinal, which would suggest a second one.
    EXPECT_THAT(luna.brief, HasSubstr("State police officers of Michoacán took part in the "
                                      "incident (Decl. ¶¶ 5–8)."));
    EXPECT_THAT(luna.brief, Not(HasSubstr("first incident")));
}

TEST(Voice, AFifthCircuitRefusalCaseIsToldInOrderAndInItsCircuitsLaw) {
    const auto& trevino = built("tests/pipeline/fixtures/voice/trevino-taxi-refusal");
    // Interviewed for credible fear before the Notice to Appear: told in that order.
    EXPECT_LT(trevino.brief.find("On October 5, 2021, he had a credible fear interview."),
              trevino.brief.find("served him with a Notice to Appear on October 20, 2021."));
    // An arrival he remembers by its month, filed late under an exception: the dates as known.
    EXPECT_THAT(trevino.declaration,
                HasSubstr("I arrived in the United States in or around September 2021, near "
                          "Hidalgo, Texas."));
    EXPECT_THAT(trevino.brief, HasSubstr("so the application was due in or around September "
                                         "2022. It was filed on November 2, 2022, about two "
                                         "months after the deadline."));
    // Houston lies in the Fifth Circuit; the case file names no circuit.
    EXPECT_THAT(trevino.brief, HasSubstr("*Tabora Gutierrez v. Garland*"));
    // Both explained interview differences concern the kidnapping: told once in full.
    EXPECT_THAT(trevino.brief, HasSubstr("The same record names the Gulf Cartel as responsible "
                                         "for the same incident;"));
    EXPECT_THAT(trevino.brief,
                HasSubstr("From March 22, 2021, the authorities knew of the threat; the third "
                          "incident followed"));
    // Municipal police: the relocation argument names them, no claim about their reach.
    EXPECT_THAT(trevino.brief, HasSubstr("Here the persecutors include officers of the "
                                         "government itself: municipal police officers of "
                                         "Reynosa."));
    // A group of men spoke: "They told me", never a "he" without antecedent.
    EXPECT_THAT(trevino.declaration, Not(HasSubstr("He told me")));
}

TEST(Voice, TheDeclarationSaysWhoTheApplicantIsAndTheBriefCitesIt) {
    const auto& avila = built("tests/pipeline/fixtures/voice/avila-transgender-woman");
    // A group defined by who she is: her own words under "Who I am", cited where the brief
    // says she is a member.
    const std::string who = between(avila.declaration, "## Who I am", "## My family");
    EXPECT_THAT(who, HasSubstr("4. I am a transgender woman. I have lived as a woman since I "
                               "was nineteen"));
    EXPECT_THAT(avila.brief, HasSubstr("Respondent is a member of the particular social group of "
                                       "transgender women in Mexico (Decl. ¶ 4)."));
    // Her mother's complaint was about the police; the soldiers' threat two years later does
    // not follow from what the officials knew.
    EXPECT_THAT(avila.brief, Not(HasSubstr("knew of the threat")));
    EXPECT_THAT(avila.brief, HasSubstr("the protection available is deferral of removal"));
}

TEST(Voice, OneIncidentIsNotArguedAsHarmTakenTogether) {
    // One threat in one incident: no aggregate rule and no "cumulatively".
    const auto& one = built("tests/pipeline/fixtures/voice/they-pronouns");
    EXPECT_THAT(one.brief, HasSubstr("Applicant suffered a threat (Decl. ¶¶ 4–6). That harm rises "
                                     "to the level of persecution."));
    EXPECT_THAT(one.brief, Not(HasSubstr("in the aggregate")));
    EXPECT_THAT(one.brief, Not(HasSubstr("cumulatively")));
    // Three incidents are argued together, with the Board's rule.
    const auto& three = built("samples/castillo-former-police");
    EXPECT_THAT(three.brief, HasSubstr("Harms are considered in the aggregate"));
    EXPECT_THAT(three.brief, HasSubstr("in three incidents (Decl. ¶¶"));
    EXPECT_THAT(three.brief, HasSubstr("Considered cumulatively, that harm rises"));
}

TEST(Voice, WhatHappenedAfterTheArrivalIsToldAfterIt) {
    for (const char* name : {"samples/lopez-family-of-officer",
                             "tests/pipeline/fixtures/voice/navarro-note-and-brother"}) {
        const auto& c = built(name);
        const auto arrival = c.declaration.find("I arrived in the United States");
        ASSERT_NE(arrival, std::string::npos) << name;
        const std::string after = c.declaration.substr(arrival);
        EXPECT_NE(after.find("\n### "), std::string::npos) << name << ": nothing told after";
    }
    const auto& lopez = built("samples/lopez-family-of-officer");
    EXPECT_GT(lopez.declaration.find("My sister called me from Zamora"),
              lopez.declaration.find("I arrived in the United States"));
}

TEST(Voice, TheStatementOfFactsTellsTheWholeStoryOnce) {
    const auto& c = built("samples/ramirez-business-extortion");
    const std::string facts = between(c.brief, "# Statement of Facts", "# Issues Presented");
    for (const char* part : {"## Background", "## What happened in Mexico",
                             "## Flight and arrival in the United States", "## Procedural history",
                             "Notice to Appear", "(Decl. ¶¶ 12–17; Exs. B, C, D)"}) {
        EXPECT_THAT(facts, HasSubstr(part));
    }
    // The persecutors the applicant can name come first (¶ 6), then the incidents (¶¶ 7–17; the
    // report is told in ¶ 19).
    EXPECT_THAT(facts, HasSubstr("He knows who some of the members of the Cártel de Jalisco Nueva "
                                 "Generación (CJNG) are: the man known as “El Güero”"));
    // The argument cites the facts instead of repeating the incident list.
    const std::string argument = between(c.brief, "# Argument", "# Conclusion");
    EXPECT_THAT(argument, Not(HasSubstr("four cartel members beat him in his shop")));
    EXPECT_THAT(argument, HasSubstr("extortion, threats, a beating, and a death threat in three "
                                    "incidents (Decl. ¶¶ 7–17)"));
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

// Every "TO COMPLETE:" an attorney reads, escaped in the .md or not, is a placeholder the report
// counts (and the PDF and DOCX highlight): a placeholder whose text held a code span once fell
// apart into plain text.
TEST(Voice, EveryPlaceholderInTheTextIsCountedInTheReport) {
    for (const auto& c : every_built_case()) {
        const auto report = nlohmann::json::parse(c.report);
        for (const auto& document : report["documents"]) {
            const std::string name = document["name"];
            // The voice rules are about the two documents whose voice they fix; the exhibit index
            // and the attorney's consistency memo are checked by their own tests.
            if (name != "brief" && name != "declaration") continue;
            const std::string& text = name == "brief" ? c.brief : c.declaration;
            EXPECT_EQ(document["placeholders"].size(), occurrences(text, "TO COMPLETE:"))
                << c.name << "/" << name;
        }
    }
}

TEST(Voice, VersionOneFilesBuildWithPlaceholdersForTextsOfUnknownVoice) {
    const auto& ramirez = built("tests/casefile/fixtures/version-1/ramirez-business-extortion");
    EXPECT_THAT(ramirez.declaration,
                HasSubstr("[[TO COMPLETE: what happened to this family member"));
    EXPECT_THAT(ramirez.declaration, Not(HasSubstr("Was present when the men beat the applicant")));
    EXPECT_THAT(ramirez.declaration, Not(HasSubstr("Presented himself")));
    EXPECT_THAT(ramirez.brief, Not(HasSubstr("told me it would be better")));
}

}  // namespace
}  // namespace amparo

// A credible fear interview that differs from the declaration on two points: both are listed side
// by side in report.json and in the attorney's memo (read back from the PDF with pdftotext); the
// brief argues credibility from the explained one only; a case without prior statements gets
// neither the memo nor the credibility part.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli/sample_variant.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

// Castillo's interview, recorded fact by fact: the ambush dated June 2022 (explained) and blamed
// on his commander (unexplained); the threat dated by its month and the bribe's place, which
// both agree with the declaration.
const char* kInterview = R"(    recorded_facts:
      - incident: ambush
        aspect: date
        recorded_date: 2022-06
        explanation: The interview was by telephone; he said "julio" and the interpreter recorded "junio".
      - incident: ambush
        aspect: perpetrators
        recorded_perpetrators: [commander]
      - incident: ex-police-threat
        aspect: date
        recorded_date: 2024-06
      - incident: bribe-refused
        aspect: place
        recorded_place: {city: IGUALA, state: Guerrero}
)";

struct Built {
    testing::CommandResult result;
    fs::path folder;
};

// Castillo's sample with its prior statement's facts replaced by `facts`, built to PDF and
// Markdown.
Built build_castillo(const std::string& label, const std::string& facts) {
    auto dir = testing::make_scratch_dir(label);
    std::string text =
        testing::read_file(testing::source_dir() / "samples/castillo-former-police.yaml");
    const auto from = text.find("    recorded_facts:\n");
    const auto to = text.find("\nrepresentative:");
    EXPECT_NE(from, std::string::npos);
    text.replace(from, to - from, facts);
    testing::write_file(dir / "case.yaml", text);
    fs::copy(testing::source_dir() / "samples/exhibits", dir / "exhibits",
             fs::copy_options::recursive);
    Built built;
    built.result = testing::run_amparo({"build", (dir / "case.yaml").string(), "-o",
                                        (dir / "out").string(), "--formats", "pdf,md"});
    built.folder = dir / "out/castillo-former-police";
    return built;
}

std::string pdf_text(const fs::path& pdf) {
    auto result = testing::run_command({"pdftotext", "-layout", pdf.string(), "-"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
}

// Whether one line of `text` holds both `left` and `right`, left first: side by side.
bool side_by_side(const std::string& text, const std::string& left, const std::string& right) {
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        const auto at = line.find(left);
        if (at != std::string::npos && line.find(right, at + left.size()) != std::string::npos)
            return true;
    }
    return false;
}

TEST(PriorStatements, TwoCredibleFearDiscrepanciesAreListedInTheReportAndTheMemo) {
    auto built = build_castillo("two-discrepancies", kInterview);
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    EXPECT_THAT(built.result.err,
                HasSubstr("prior_statements[0].recorded_facts[1].recorded_perpetrators: a prior "
                          "statement differs from the declaration (perpetrators) and no "
                          "explanation is given"));

    auto report = nlohmann::json::parse(testing::read_file(built.folder / "report.json"));
    ASSERT_EQ(report["prior_statements"].size(), 1u);
    const auto& statement = report["prior_statements"][0];
    EXPECT_EQ(statement["kind"], "credible-fear-interview");
    EXPECT_EQ(statement["source"], "Credible fear interview, August 29, 2024");
    ASSERT_EQ(statement["discrepancies"].size(), 2u);
    const auto& date = statement["discrepancies"][0];
    EXPECT_EQ(date["aspect"], "date");
    EXPECT_EQ(date["incident"], "ambush");
    EXPECT_EQ(date["prior_statement"]["says"], "June 2022");
    EXPECT_EQ(date["prior_statement"]["source"], "Credible fear interview, August 29, 2024");
    EXPECT_EQ(date["declaration"]["says"], "July 30, 2022");
    EXPECT_THAT(date["declaration"]["source"].get<std::string>(), HasSubstr("Decl. ¶"));
    EXPECT_THAT(date["explanation"].get<std::string>(), HasSubstr("the interpreter recorded"));
    const auto& who = statement["discrepancies"][1];
    EXPECT_EQ(who["aspect"], "perpetrators");
    EXPECT_EQ(who["prior_statement"]["says"], "a commander of the Iguala municipal police");
    EXPECT_EQ(who["declaration"]["says"], "Guerreros Unidos");
    EXPECT_TRUE(who["explanation"].is_null());

    const std::string memo = testing::read_file(built.folder / "consistency.md");
    EXPECT_THAT(memo, HasSubstr("ATTORNEY WORK PRODUCT"));
    EXPECT_THAT(memo, HasSubstr("NOT FOR FILING"));
    EXPECT_THAT(memo, HasSubstr("It differs from the declaration on two points."));
    EXPECT_THAT(memo, HasSubstr("| June 2022 | July 30, 2022 |"));
    EXPECT_THAT(memo,
                HasSubstr("| a commander of the Iguala municipal police | Guerreros Unidos |"));
    EXPECT_THAT(memo, HasSubstr("**No explanation in the case file.**"));

    const std::string pdf = pdf_text(built.folder / "consistency.pdf");
    EXPECT_THAT(pdf, HasSubstr("NOT FOR FILING"));
    EXPECT_TRUE(side_by_side(pdf, "June 2022", "July 30, 2022")) << pdf;
    EXPECT_TRUE(side_by_side(pdf, "a commander of the Iguala", "Guerreros Unidos")) << pdf;
    // The PDF's lines break where its layout puts them: compare the words.
    EXPECT_THAT(std::regex_replace(pdf, std::regex(R"(\s+)"), " "),
                HasSubstr("the interpreter recorded"));
}

TEST(PriorStatements, TheBriefArguesCredibilityFromTheExplainedDifferenceOnly) {
    auto built = build_castillo("credibility-part", kInterview);
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    const std::string brief = testing::read_file(built.folder / "brief.md");
    EXPECT_THAT(brief, HasSubstr("## I. Respondent’s Testimony Is Credible"));
    EXPECT_TRUE(testing::cites(brief, "credibility"));
    EXPECT_THAT(testing::with_straight_quotes(brief),
                HasSubstr("gives June 2022 as the date of the incident in which armed men shot at "
                          "his patrol car"));
    EXPECT_THAT(testing::with_straight_quotes(brief),
                HasSubstr("he said \"julio\" and the interpreter recorded \"junio\"."));
    EXPECT_THAT(brief, Not(HasSubstr("a commander of the Iguala municipal police as responsible")));
    EXPECT_THAT(brief, HasSubstr("## II. Respondent Is Eligible for Asylum"));
}

TEST(PriorStatements, TwoExplainedDifferencesOfOneRecordAndIncidentAreNotRetoldInFull) {
    // Both differences about the ambush explained: the second sentence says "the same record"
    // and "the same incident"; the first closes the record's date with a comma.
    std::string facts = kInterview;
    testing::replace_in(facts, "        recorded_perpetrators: [commander]\n",
                        "        recorded_perpetrators: [commander]\n"
                        "        explanation: He was asked who gave the order, not who fired.\n");
    auto built = build_castillo("same-record", facts);
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    const std::string brief =
        testing::with_straight_quotes(testing::read_file(built.folder / "brief.md"));
    EXPECT_THAT(brief, HasSubstr("The record of his credible fear interview on August 29, 2024, "
                                 "gives June 2022 as the date of the incident in which armed men "
                                 "shot at his patrol car"));
    EXPECT_THAT(brief, HasSubstr("The same record names a commander of the Iguala municipal "
                                 "police as responsible for the same incident; his declaration "
                                 "names Guerreros Unidos (Decl. ¶"));
    EXPECT_THAT(brief, HasSubstr("the differences do not undermine his credibility"));
}

TEST(PriorStatements, AMatchingStatementGivesNoDiscrepancy) {
    auto built = build_castillo("matching-statement", R"(    recorded_facts:
      - incident: ambush
        aspect: date
        recorded_date: 2022-07-30
      - incident: ex-police-threat
        aspect: date
        recorded_date: 2024-06
)");
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    auto report = nlohmann::json::parse(testing::read_file(built.folder / "report.json"));
    EXPECT_TRUE(report["prior_statements"][0]["discrepancies"].empty());
    EXPECT_THAT(testing::read_file(built.folder / "consistency.md"),
                HasSubstr("Every fact it records agrees with the declaration."));
    EXPECT_THAT(testing::read_file(built.folder / "brief.md"),
                HasSubstr("agrees with his declaration on every point it records."));
}

TEST(PriorStatements, EventsToldInOneOnlyAreListed) {
    auto built =
        build_castillo("events-in-one-only", R"(    incidents_covered: [ambush, ex-police-threat]
    omission_explanation: The officer asked only about the attacks after he resigned.
    recorded_facts:
      - aspect: event
        fact: The record says he was detained by the army in 2021.
        explanation: He described his brother's detention; the record attributes it to him.
)");
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    auto report = nlohmann::json::parse(testing::read_file(built.folder / "report.json"));
    const auto& found = report["prior_statements"][0]["discrepancies"];
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0]["aspect"], "event");
    EXPECT_TRUE(found[0]["incident"].is_null());
    EXPECT_EQ(found[0]["declaration"]["says"], "Not told");
    EXPECT_EQ(found[1]["incident"], "bribe-refused");
    EXPECT_EQ(found[1]["prior_statement"]["says"], "Not mentioned");
    EXPECT_EQ(found[1]["explanation"],
              "The officer asked only about the attacks after he resigned.");
    EXPECT_THAT(testing::read_file(built.folder / "brief.md"),
                HasSubstr("tells of an event his declaration does not. The record says he was "
                          "detained by the army in 2021."));
}

TEST(PriorStatements, AnAspectWithoutWhatTheRecordSaysIsAnErrorAtItsLine) {
    // An aspect names what to compare; without the recorded value or the incident there is
    // nothing to compare, and a silent skip would hide a discrepancy from the attorney.
    auto no_date = build_castillo("aspect-without-date", R"(    recorded_facts:
      - incident: ambush
        aspect: date
        explanation: The interview was by telephone.
)");
    EXPECT_EQ(no_date.result.exit_code, 1);
    EXPECT_TRUE(std::regex_search(
        no_date.result.err,
        std::regex("case\\.yaml:[0-9]+:9: error: prior_statements\\[0\\]\\.recorded_facts\\[0\\]: "
                   "missing required field 'recorded_date'")))
        << no_date.result.err;
    EXPECT_THAT(no_date.result.err, HasSubstr("hint: add `recorded_date:`"));
    EXPECT_FALSE(fs::exists(no_date.folder));

    auto no_incident = build_castillo("aspect-without-incident", R"(    recorded_facts:
      - aspect: place
        recorded_place: {city: Iguala, state: Guerrero}
)");
    EXPECT_EQ(no_incident.result.exit_code, 1);
    EXPECT_THAT(no_incident.result.err,
                HasSubstr("prior_statements[0].recorded_facts[0]: missing required field "
                          "'incident'"));
}

TEST(PriorStatements, NoPriorStatementsNoMemoAndNoCredibilityPart) {
    const auto out = testing::make_scratch_dir("no-prior-statements");
    auto result = testing::run_amparo(
        {"build", "samples/herrera-journalist.yaml", "-o", out.string(), "--formats", "md"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string brief = testing::read_file(out / "herrera-journalist/brief.md");
    EXPECT_THAT(brief, Not(HasSubstr("Credible")));
    EXPECT_FALSE(testing::cites(brief, "credibility"));
    EXPECT_FALSE(fs::exists(out / "herrera-journalist/consistency.md"));
    auto report = nlohmann::json::parse(testing::read_file(out / "herrera-journalist/report.json"));
    EXPECT_FALSE(report.contains("prior_statements"));
}

}  // namespace
}  // namespace amparo

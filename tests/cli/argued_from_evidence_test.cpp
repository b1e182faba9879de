// The brief argues from the structured facts: nexus from the time between a protected act and
// the harm and from the persecutors' own words; state protection from the reports and what came
// of them; CAT from the officials who took part kept apart from those who knew and did nothing;
// the one-year exception from the dates; humanitarian asylum and discretion from the harms and
// equities. Each test changes a fact and checks that the argument follows it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/sample_variant.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string sample_brief(const std::string& sample) {
    auto built = testing::build_edited_sample(sample, "evidence-" + sample, [](std::string&) {});
    EXPECT_EQ(built.result.exit_code, 0) << built.result.err;
    return testing::with_straight_quotes(built.brief);
}

// The text from `heading` to the next heading of any level.
std::string section(const std::string& brief, const std::string& heading) {
    const auto start = brief.find(heading);
    if (start == std::string::npos) return "";
    const auto end = brief.find("\n#", start + heading.size());
    return brief.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

TEST(ArguedFromEvidence, NexusTellsHowSoonTheHarmFollowedTheProtectedAct) {
    const std::string nexus =
        section(sample_brief("ramirez-business-extortion"), "### D. A Protected Ground");
    // The refusal (the second incident, marked protected_act) on February 25, 2023, and the
    // beating on March 18; the argument times them and names the harm, without retelling.
    EXPECT_THAT(nexus, HasSubstr("The timing shows the motive. The third incident came three "
                                 "weeks after the second (Decl. ¶¶ 10–11): a beating, a death "
                                 "threat, and extortion (Decl. ¶¶ 12–17; Exs. B, C, D)."));
    EXPECT_THAT(nexus, Not(HasSubstr("[[TO COMPLETE")));

    // A year or more before the beating, the refusal says nothing about the beating's motive;
    // moved to February 2022 it comes first, and the demand of June 2022 is timed from it.
    auto earlier = testing::build_edited_sample(
        "ramirez-business-extortion", "nexus-year-apart", [](std::string& text) {
            testing::replace_in(text, "date: 2023-02-25", "date: 2022-02-25");
        });
    ASSERT_EQ(earlier.result.exit_code, 0) << earlier.result.err;
    EXPECT_THAT(earlier.brief, Not(HasSubstr("The third incident came")));
    EXPECT_THAT(earlier.brief, HasSubstr("The second incident came about four months after the "
                                         "first"));
}

TEST(ArguedFromEvidence, AnActToldAsAnEventIsTimedInTheCasesOwnWords) {
    // Ramirez's refusal told as an event, not an incident: the beating is timed from what he
    // did, said as the case's summary says it, not from a label or a date.
    auto as_event = testing::build_edited_sample(
        "ramirez-business-extortion", "nexus-act-event", [](std::string& text) {
            const auto start = text.find("  - id: stopped-paying\n");
            const auto end = text.find("\nsupport_given:");
            ASSERT_NE(start, std::string::npos);
            ASSERT_NE(end, std::string::npos);
            text.erase(start, end + 1 - start);
            text +=
                "events:\n"
                "  - id: refusal\n"
                "    date: 2023-02-25\n"
                "    kind: other\n"
                "    protected_act: true\n"
                "    summary: he told the collectors he would no longer pay and would go to "
                "the authorities\n"
                "    account: I told the collectors that I would not pay anymore.\n";
        });
    ASSERT_EQ(as_event.result.exit_code, 0) << as_event.result.err;
    const std::string brief = testing::with_straight_quotes(as_event.brief);
    EXPECT_THAT(brief, HasSubstr("The second incident came three weeks after he told the "
                                 "collectors he would no longer pay and would go to the "
                                 "authorities (Decl. ¶"));
    EXPECT_THAT(brief, Not(HasSubstr("what he did")));
}

TEST(ArguedFromEvidence, AReportFollowedByRetaliationIsTimedFromTheReport) {
    // The father reported the brother's killing; the funeral threat came two days later.
    const std::string brief = sample_brief("lopez-family-of-officer");
    // The report is cited where the declaration tells it, in its section on protection.
    EXPECT_THAT(brief, HasSubstr("The second incident came two days after the report of the "
                                 "first (Decl. ¶ 8): a death threat"));
}

TEST(ArguedFromEvidence, AnOutcomeIsSingledOutOnlyAmongSeveralReports) {
    // Vargas reported once, and the officers told her partner: the list of reports says so,
    // and no sentence before it says it again.
    const std::string once =
        section(sample_brief("vargas-domestic-violence"), "### E. The Government of Mexico");
    EXPECT_THAT(once, HasSubstr("Respondent turned to the authorities once. The report brought "
                                "neither an investigation nor protection.\n"));
    EXPECT_THAT(once, HasSubstr("The authorities told the persecutor about the report"));
    EXPECT_THAT(once, Not(HasSubstr("Worse")));

    // A second report, to the state prosecutor, that was taken and not investigated: the one
    // the officers betrayed is singled out among the two.
    auto twice = testing::build_edited_sample(
        "vargas-domestic-violence", "two-reports", [](std::string& text) {
            testing::replace_in(text, "    harms: [death-threat]\n\nclaims:",
                                "    harms: [death-threat]\n"
                                "    reports:\n"
                                "      - to: the Fiscalía of Guerrero in Chilpancingo\n"
                                "        date: 2022-05-30\n"
                                "        response_kind: report-taken-no-investigation\n"
                                "        account: They wrote down what I said and nobody called me "
                                "again.\n\nclaims:");
        });
    ASSERT_EQ(twice.result.exit_code, 0) << twice.result.err;
    EXPECT_THAT(twice.brief, HasSubstr("Respondent turned to the authorities twice. No report "
                                       "brought an investigation or protection. Worse, after the "
                                       "second incident was reported, the authorities told the "
                                       "persecutor about the report"));
}

TEST(ArguedFromEvidence, NexusQuotesTheWordsThatRevealTheGround) {
    const std::string brief = sample_brief("castillo-former-police");
    EXPECT_THAT(brief, HasSubstr("The persecutors said why they acted. Guerreros Unidos told him, "
                                 "in Spanish: \"Los ex policías que no jalan con nosotros terminan "
                                 "en una zanja, como Beltrán.\" (\"Ex-police who don't work with "
                                 "us end up in a ditch, like Beltrán.\") (Decl. ¶"));
    // Words not marked reveals_ground stay in the facts only.
    EXPECT_THAT(brief, Not(HasSubstr("The persecutors said why they acted. A commander")));
    // One person said them all (a partner, whose sex the case records): singular.
    EXPECT_THAT(sample_brief("vargas-domestic-violence"),
                HasSubstr("The persecutor said why he acted. Arturo Ruiz Mejía"));
}

TEST(ArguedFromEvidence, StateProtectionConcludesFromTheReportsAndTheirOutcome) {
    const std::string part =
        section(sample_brief("lopez-family-of-officer"), "### E. The Government of Mexico");
    EXPECT_THAT(part, HasSubstr("His family turned to the authorities once. The report brought "
                                "neither an investigation nor protection."));
    EXPECT_THAT(part, HasSubstr("The government of Mexico was therefore unable or unwilling to "
                                "protect him."));
    EXPECT_THAT(part, Not(HasSubstr("[[TO COMPLETE")));

    // An offer of protection is the government acting: no claim that reporting brought nothing.
    auto protected_case = testing::build_edited_sample(
        "lopez-family-of-officer", "protection-offered", [](std::string& text) {
            testing::replace_in(text, "response_kind: report-taken-no-investigation",
                                "response_kind: protection-offered");
        });
    ASSERT_EQ(protected_case.result.exit_code, 0) << protected_case.result.err;
    EXPECT_THAT(protected_case.brief, HasSubstr("His family turned to the authorities once."));
    EXPECT_THAT(protected_case.brief, Not(HasSubstr("neither an investigation nor protection")));
}

TEST(ArguedFromEvidence, OfficialsWhoTookPartAreKeptApartFromThoseWhoKnew) {
    const std::string cat =
        section(sample_brief("castillo-former-police"), "### B. Public Officials");
    // The commander offered the bribe himself (perpetrator of the first incident).
    EXPECT_THAT(cat, HasSubstr("Public officials took part in the harm themselves. A commander of "
                               "the Iguala municipal police took part in the first incident"));
    // The ambush was reported on August 2, 2022, and the 2024 threat followed.
    EXPECT_THAT(cat, HasSubstr("Officials also knew of the harm beforehand and did not intervene"));
    EXPECT_THAT(cat, HasSubstr("From August 2, 2022, the authorities knew of the threat; the third "
                               "incident followed, and no official intervened."));
    EXPECT_TRUE(testing::cites(cat, "reg-acquiescence"));
    EXPECT_THAT(cat, Not(HasSubstr("[[TO COMPLETE: the officials involved")));
}

// Officials who collude with the persecutors (recorded for state protection) are complicity for
// CAT too, whether or not the brief has a state-protection part; a case that describes its CAT
// officials itself is argued from that description alone.
TEST(ArguedFromEvidence, OfficialsWorkingWithThePersecutorsAreCatComplicity) {
    const std::string collusion =
        "Officials work with the persecutors. The officials involved: "
        "Municipal police of Zamora who warned the cartel";
    const std::string lopez =
        section(sample_brief("lopez-family-of-officer"), "### B. Public Officials");
    EXPECT_THAT(lopez, HasSubstr(collusion));
    EXPECT_THAT(lopez, HasSubstr("their collusion is the consent or acquiescence the regulation "
                                 "requires. 8 C.F.R. § 1208.18(a)(1)."));
    const std::string cat_only = section(
        testing::brief_for_variant("lopez-family-of-officer", "lopez-cat-only", "[cat]", ""),
        "### B. Public Officials");
    EXPECT_THAT(cat_only, HasSubstr(collusion));
    EXPECT_THAT(cat_only, Not(HasSubstr("[[TO COMPLETE: the officials involved")));

    // Morales describes the officers who tortured him under claims.cat.
    const std::string morales =
        section(sample_brief("morales-refused-drugs"), "### B. Public Officials");
    EXPECT_THAT(morales, Not(HasSubstr("Officials work with the persecutors")));
    EXPECT_THAT(morales, HasSubstr("The officials involved: Uniformed Tamaulipas state police"));
}

// Morales's sample records that the cartels control officials in Tamaulipas and that crimes go
// unpunished (both from the State Department report, Ex. D); the variant adds self-defense
// groups with the report's details, and officials who fight the cartels.
TEST(ArguedFromEvidence, CountryConditionsAreArguedWhereEachFindingBears) {
    auto built = testing::build_edited_sample(
        "morales-refused-drugs", "country-conditions", [](std::string& text) {
            testing::replace_in(text, "  country_conditions:\n",
                                "  country_conditions:\n"
                                "    - finding: self-defense-groups\n"
                                "      place: {state: Michoacán, country: Mexico}\n"
                                "      details: Farmers in Tepalcatepec armed themselves in "
                                "2013.\n"
                                "      evidence: [country-report]\n"
                                "    - finding: officials-fight-cartel\n"
                                "      evidence: [country-report]\n");
        });
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    const std::string brief = testing::with_straight_quotes(built.brief);

    const std::string state = section(brief, "### E. The Government of Mexico");
    // The citation follows the details, so that it covers them.
    EXPECT_THAT(state, HasSubstr("The country-conditions evidence shows the same failure. "
                                 "Residents in Michoacán, Mexico formed armed self-defense groups "
                                 "because the police would not protect them from the cartels. "
                                 "Farmers in Tepalcatepec armed themselves in 2013 (Ex. D). "));
    EXPECT_THAT(state, HasSubstr("Violent crimes are rarely investigated and more rarely punished "
                                 "(Ex. D). A report would not have brought him protection."));
    EXPECT_THAT(state, HasSubstr("The government of Mexico was therefore unable or unwilling"));

    // Officials controlled by the cartels: the "de facto authority" framing for the political
    // opinion, complicity (not mere inability) for CAT.
    const std::string opinion = section(brief, "#### Political Opinion");
    EXPECT_THAT(opinion, HasSubstr("Where a cartel rules through the officials it controls, as "
                                   "the cartels do in Tamaulipas, Mexico (Ex. D), opposing it is "
                                   "opposing the power that governs in practice"));
    const std::string cat = section(brief, "### B. Public Officials");
    EXPECT_THAT(cat, HasSubstr("The officials in Tamaulipas, Mexico, who answer to the cartels "
                               "(Ex. D) do more than fail to stop them: that is complicity."));
    EXPECT_THAT(state, HasSubstr("The cartels control public officials in Tamaulipas, Mexico "
                                 "(Ex. D). Officials who answer to the cartels are unwilling to "
                                 "protect those who oppose them."));
    EXPECT_THAT(cat, HasSubstr("Some officials do act against the cartels (Ex. D). That some "
                               "officials fight the cartels does not rule out acquiescence by "
                               "others in his torture."));
    // Country evidence is argued, never put in the applicant's mouth.
    EXPECT_THAT(built.declaration, Not(HasSubstr("self-defense")));
}

TEST(ArguedFromEvidence, NoCountryConditionsArgumentWithoutFindings) {
    auto built = testing::build_edited_sample(
        "morales-refused-drugs", "no-country-conditions", [](std::string& text) {
            testing::replace_in(text,
                                "  country_conditions:\n"
                                "    - finding: cartel-controls-officials\n"
                                "      place: {state: Tamaulipas, country: Mexico}\n"
                                "      evidence: [country-report]\n"
                                "    - finding: impunity\n"
                                "      evidence: [country-report]\n",
                                "");
        });
    ASSERT_EQ(built.result.exit_code, 0) << built.result.err;
    EXPECT_THAT(built.brief, Not(HasSubstr("country-conditions evidence shows")));
    EXPECT_THAT(built.brief, Not(HasSubstr("governs in practice")));
    EXPECT_THAT(built.brief, Not(HasSubstr("complicity.")));
}

TEST(ArguedFromEvidence, TortureLikelihoodGathersThePastHarmAndCountryEvidence) {
    const std::string likely =
        section(sample_brief("morales-refused-drugs"), "### C. Torture Is More Likely");
    EXPECT_TRUE(testing::cites(likely, "reg-cat"));
    EXPECT_THAT(likely, HasSubstr("Respondent has already suffered"));
    EXPECT_THAT(likely, HasSubstr("torture"));
    EXPECT_THAT(likely, HasSubstr("it is more likely than not that he would be tortured by or "
                                  "with the acquiescence of public officials"));
}

TEST(ArguedFromEvidence, RelocationDrawsItsConclusion) {
    const std::string part =
        section(sample_brief("ramirez-business-extortion"), "### G. Relocation Within Mexico");
    // Both grounds of the § 1208.13(b)(3)(ii) presumption: past persecution, and the municipal
    // police among the persecutors.
    EXPECT_THAT(part, HasSubstr("Because past persecution is established, and because agents of "
                                "the government are among the persecutors, relocation is "
                                "presumed to be unreasonable"));
    EXPECT_THAT(part, HasSubstr("8 C.F.R. § 1208.13(b)(3); *D-I-M-*"));
    EXPECT_THAT(part, HasSubstr("the persecutors include officers of the government itself"));
    EXPECT_THAT(part, HasSubstr("No area of Mexico is substantially better for him, and "
                                "relocation would not be reasonable."));
    EXPECT_THAT(part, Not(HasSubstr("[[TO COMPLETE")));

    // Without an official among the persecutors, the presumption rests on past persecution alone.
    auto private_only = testing::build_edited_sample(
        "ramirez-business-extortion", "relocation-private",
        [](std::string& text) { testing::replace_in(text, "    state_actor: true\n", ""); });
    ASSERT_EQ(private_only.result.exit_code, 0) << private_only.result.err;
    const std::string without =
        section(testing::with_straight_quotes(private_only.brief), "### G. Relocation Within");
    EXPECT_THAT(without, HasSubstr("Because past persecution is established, relocation is "
                                   "presumed to be unreasonable"));
    EXPECT_THAT(without, Not(HasSubstr("agents of the government")));
}

TEST(ArguedFromEvidence, TheOneYearExceptionIsArguedFromTheDates) {
    // Arrived February 20, 2023; father killed March 9, 2024; filed May 6, 2024.
    const std::string part =
        section(sample_brief("lopez-family-of-officer"), "### H. The Application Is Timely");
    EXPECT_THAT(part, HasSubstr("so the application was due by February 20, 2024. It was filed "
                                "on May 6, 2024, two months after the deadline."));
    EXPECT_THAT(part, HasSubstr("they arose on March 9, 2024. The application followed eight "
                                "weeks later."));
    EXPECT_TRUE(testing::cites(part, "tmh"));

    // Eleven months after the circumstance, validate asks for the delay to be explained.
    auto dir = testing::make_scratch_dir("one-year-period");
    std::string text =
        testing::read_file(testing::source_dir() / "samples/lopez-family-of-officer.yaml");
    testing::replace_in(text, "circumstance_date: 2024-03-09", "circumstance_date: 2023-06-01");
    testing::write_file(dir / "case.yaml", text);
    std::filesystem::copy(testing::source_dir() / "samples/exhibits", dir / "exhibits",
                          std::filesystem::copy_options::recursive);
    auto result = testing::run_amparo({"validate", (dir / "case.yaml").string()});
    EXPECT_THAT(result.err, HasSubstr("filed 11 months after the circumstance; there is no "
                                      "automatic extension"));
}

TEST(ArguedFromEvidence, AnArrivalKnownByItsMonthLeavesTimelinessToTheDay) {
    // Castillo filed on November 4, 2024; an arrival remembered as "November 2023" makes that
    // filing timely only if he arrived on November 4 or later: the brief and validate say so.
    const auto month_only = [](const char* month) {
        return [month](std::string& text) {
            testing::replace_in(text, "    date: 2024-08-15\n",
                                std::string("    date: ") + month + "\n");
        };
    };
    auto uncertain = testing::build_edited_sample("castillo-former-police", "arrival-month",
                                                  month_only("2023-11"));
    ASSERT_EQ(uncertain.result.exit_code, 0) << uncertain.result.err;
    EXPECT_THAT(uncertain.brief,
                HasSubstr("last arrived in the United States in November 2023, so the "
                          "application was due in November 2024. It was filed on November 4, "
                          "2024; whether that was within the year depends on the day of arrival: "
                          "[[TO COMPLETE: the exact date of the last arrival "
                          "(applicant.entry.date)]]"));
    EXPECT_THAT(uncertain.declaration, HasSubstr("I arrived in the United States in November "
                                                 "2023, near Santa Teresa, New Mexico."));
    EXPECT_THAT(uncertain.result.err,
                HasSubstr(":43:11: warning: applicant.entry.date: the last arrival is given as "
                          "2023-11, so whether the application filed on 2024-11-04 is within one "
                          "year depends on the day of arrival (due between 2024-11-01 and "
                          "2024-11-30)"));

    // A month that ends before the filing's anniversary month is late whatever the day.
    auto late = testing::build_edited_sample("castillo-former-police", "arrival-month-late",
                                             month_only("2023-10"));
    ASSERT_EQ(late.result.exit_code, 0) << late.result.err;
    EXPECT_THAT(late.brief, HasSubstr("so the application was due in October 2024. It was filed "
                                      "on November 4, 2024, about one month after the "
                                      "deadline."));
    EXPECT_THAT(late.result.err, HasSubstr("more than one year after the last arrival (due "
                                           "2024-10)"));
    EXPECT_THAT(late.result.err, Not(HasSubstr("depends on the day of arrival")));
}

TEST(ArguedFromEvidence, SevereHarmBringsHumanitarianAsylumAndEquitiesDiscretion) {
    const std::string morales = sample_brief("morales-refused-drugs");
    EXPECT_THAT(morales, HasSubstr("### I. In the Alternative, Respondent Merits Humanitarian "
                                   "Asylum"));
    for (const char* key : {"reg-past-persecution", "chen", "ls"}) {
        EXPECT_TRUE(testing::cites(section(morales, "### I. In the Alternative"), key)) << key;
    }
    EXPECT_THAT(morales,
                HasSubstr("### J. Respondent Merits Asylum in the Exercise of Discretion"));

    // No severe harm: no humanitarian part, and discretion is part I.
    const std::string ramirez = sample_brief("ramirez-business-extortion");
    EXPECT_THAT(ramirez, Not(HasSubstr("Humanitarian Asylum")));
    const std::string discretion =
        section(ramirez, "### I. Respondent Merits Asylum in the Exercise of Discretion");
    EXPECT_TRUE(testing::cites(discretion, "cardoza-fonseca"));
    EXPECT_THAT(discretion, HasSubstr("The equities favor a grant:"));
    EXPECT_THAT(ramirez, HasSubstr("- No arrests or convictions in any country."));
}

}  // namespace
}  // namespace amparo

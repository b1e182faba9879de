// What a prior statement records, compared with the declaration's incidents: a difference only
// where the two cannot both be true.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "case_from_yaml.hpp"
#include "legal/prior_statements.hpp"

namespace amparo::legal {
namespace {

// Two incidents; each test adds one prior statement.
const std::string kIncidents = R"(persecutors:
  - {id: cartel, name: A fictional cartel, kind: cartel}
  - {id: police, name: The municipal police, kind: police}
incidents:
  - id: beating
    date: 2023-03-14
    place: {city: Uruapan, state: Michoacán, country: Mexico}
    perpetrators: [cartel]
    summary: s
    account: a
  - id: threat
    date: 2023-05
    date_approximate: true
    summary: s
    account: a
prior_statements:
  - id: cfi
    kind: credible-fear-interview
)";

CaseView case_with(const std::string& statement, const std::string& date = "2023-08-01") {
    return testing::case_from_yaml(kIncidents + "    date: " + date + "\n" + statement).view;
}

TEST(PriorStatements, AStatementThatMatchesGivesNoDiscrepancy) {
    auto found = find_discrepancies(case_with(R"(    recorded_facts:
      - {incident: beating, aspect: date, recorded_date: 2023-03-14}
      - {incident: beating, aspect: perpetrators, recorded_perpetrators: [cartel]}
      - {incident: beating, aspect: place, recorded_place: {city: URUAPAN, state: Michoacan}}
      - {incident: threat, aspect: event}
)"));
    EXPECT_TRUE(found.empty());
}

TEST(PriorStatements, AMonthCoversEachOfItsDays) {
    auto found = find_discrepancies(case_with(R"(    recorded_facts:
      - {incident: beating, aspect: date, recorded_date: 2023-03}
)"));
    EXPECT_TRUE(found.empty());
}

TEST(PriorStatements, AnApproximateDateCoversAWeekEitherSide) {
    auto near = find_discrepancies(case_with(R"(    recorded_facts:
      - {incident: threat, aspect: date, recorded_date: 2023-06-05}
)"));
    EXPECT_TRUE(near.empty());
    auto far = find_discrepancies(case_with(R"(    recorded_facts:
      - {incident: threat, aspect: date, recorded_date: 2023-06-20}
)"));
    ASSERT_EQ(far.size(), 1u);
    EXPECT_EQ(far[0].aspect, Aspect::Date);
}

TEST(PriorStatements, EachDifferingAspectIsADiscrepancyWithItsExplanation) {
    auto view = case_with(R"(    recorded_facts:
      - incident: beating
        aspect: date
        recorded_date: 2023-02
        explanation: Interpreter error.
      - {incident: beating, aspect: perpetrators, recorded_perpetrators: [police]}
      - {incident: beating, aspect: place, recorded_place: {city: Zamora}}
      - {aspect: event, fact: The record says he was kidnapped in 2021.}
)");
    auto found = find_discrepancies(view);
    ASSERT_EQ(found.size(), 4u);
    EXPECT_EQ(found[0].aspect, Aspect::Date);
    EXPECT_EQ(found[0].incident, "beating");
    EXPECT_EQ(found[0].explanation, "Interpreter error.");
    EXPECT_EQ(found[1].aspect, Aspect::Perpetrators);
    EXPECT_FALSE(found[1].explanation);
    EXPECT_EQ(found[2].aspect, Aspect::Place);
    EXPECT_EQ(found[3].aspect, Aspect::Event);
    EXPECT_TRUE(found[3].incident.empty());
    // Each points at the recorded value it differs by; an event at its aspect.
    EXPECT_EQ(found[0].where.pointer, "/prior_statements/0/recorded_facts/0/recorded_date");
    EXPECT_EQ(found[0].where.pos.line, 23);
    EXPECT_EQ(found[2].where.pointer, "/prior_statements/0/recorded_facts/2/recorded_place");
    EXPECT_EQ(found[3].where.pointer, "/prior_statements/0/recorded_facts/3/aspect");
}

TEST(PriorStatements, AStatementListingWhatItCoveredLeavesOutEarlierIncidentsOnly) {
    const std::string statement = R"(    incidents_covered: [beating]
    omission_explanation: The officer asked only about the beating.
)";
    auto found = find_discrepancies(case_with(statement, "2023-06-01"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].incident, "threat");
    EXPECT_FALSE(found[0].fact);
    EXPECT_EQ(found[0].explanation, "The officer asked only about the beating.");
    EXPECT_EQ(found[0].where.pointer, "/prior_statements/0/incidents_covered");
    // A statement made before the threat of May 2023 could not have told it.
    EXPECT_TRUE(find_discrepancies(case_with(statement, "2023-04-01")).empty());
}

TEST(PriorStatements, AFactMarkedInconsistentIsADiscrepancyWithoutAnAspect) {
    auto found = find_discrepancies(case_with(R"(    recorded_facts:
      - {incident: beating, fact: The record says it lasted an hour., consistent: false}
      - {incident: threat, fact: The record agrees., consistent: true}
)"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].aspect, Aspect::Recorded);
    EXPECT_EQ(*found[0].fact, 0u);
}

}  // namespace
}  // namespace amparo::legal

// The typed view keeps step with schemas/ (every leaf field is mapped or set aside with a
// reason), parses dates once and keeps each value's place in the file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "casefile/case_view.hpp"
#include "casefile/schema_walk.hpp"
#include "casefile/yaml_to_json.hpp"
#include "load_fixture.hpp"

namespace amparo {
namespace {

using ::testing::ElementsAre;

TEST(CaseView, EverySchemaFieldIsMappedOrSetAsideWithAReason) {
    const auto leaves = schema_leaf_paths(testing::shipped_schema().json());
    ASSERT_GT(leaves.size(), 200u);  // the walk reached the whole schema
    const auto mapped_list = case_view_field_paths();
    const std::set<std::string> mapped(mapped_list.begin(), mapped_list.end());
    EXPECT_EQ(mapped.size(), mapped_list.size()) << "a field is mapped twice";
    const auto unneeded_list = case_view_unneeded_paths();
    const std::map<std::string, std::string> unneeded(unneeded_list.begin(), unneeded_list.end());
    for (const auto& leaf : leaves) {
        EXPECT_TRUE(mapped.count(leaf) || unneeded.count(leaf))
            << leaf << ": map it in case_view_fields.cpp, or list it as not needed and say why";
        EXPECT_FALSE(mapped.count(leaf) && unneeded.count(leaf)) << leaf << " is listed twice";
    }
    // Nothing is mapped or set aside that the schema no longer has.
    const std::set<std::string> in_schema(leaves.begin(), leaves.end());
    for (const auto& path : mapped) EXPECT_TRUE(in_schema.count(path)) << path;
    for (const auto& [path, reason] : unneeded) {
        EXPECT_TRUE(in_schema.count(path)) << path;
        EXPECT_FALSE(reason.empty()) << path;
    }
}

const char* kCase = R"(case:
  id: test
  relief: [asylum, cat]
applicant:
  birth: {date: 1990-01-01}
  entry: {date: 2023-05-10, manner: between-ports}
incidents:
  - id: threat
    date: 2022-06
    date_approximate: true
    harms: [extortion]
    reports:
      - to: Ministerio Público
        reported_by: brother
        date: 2022-06-20
claims:
  cat: {likely_torture: They said they would burn me.}
)";

CaseView view_of(const std::string& text) {
    Diagnostics problems;
    auto document = yaml_to_json(text, "case.yaml", problems);
    EXPECT_TRUE(document && problems.empty());
    return build_case_view(document->value, document->positions);
}

TEST(CaseView, ParsesDatesOnceWithTheirPrecision) {
    const CaseView view = view_of(kCase);
    ASSERT_EQ(view.incidents.size(), 1u);
    const auto& incident = view.incidents[0];
    ASSERT_TRUE(incident.date);
    EXPECT_EQ(incident.date->value, (CivilDate{2022, 6, 1, DatePrecision::Month}));
    EXPECT_EQ(incident.date->value.precision, DatePrecision::Month);
    EXPECT_TRUE(is_set(incident.date_approximate));
    ASSERT_TRUE(view.applicant.entry && view.applicant.entry->date);
    EXPECT_EQ(view.applicant.entry->date->value, (CivilDate{2023, 5, 10}));
}

TEST(CaseView, KeepsEachValuesPointerAndPosition) {
    const CaseView view = view_of(kCase);
    const auto& report = view.incidents.at(0).reports.at(0);
    ASSERT_TRUE(report.reported_by && report.date);
    EXPECT_EQ(report.reported_by->value, "brother");
    EXPECT_EQ(report.reported_by->where.pointer, "/incidents/0/reports/0/reported_by");
    EXPECT_EQ(report.reported_by->where.pos.line, 14);
    EXPECT_EQ(report.reported_by->where.pos.column, 22);
    EXPECT_EQ(report.where.pointer, "/incidents/0/reports/0");
    EXPECT_EQ(report.where.pos.line, 13);
    ASSERT_TRUE(view.proceedings.relief);
    EXPECT_THAT(view.proceedings.relief->value, ElementsAre("asylum", "cat"));
    EXPECT_EQ(view.proceedings.relief->where.pos.line, 3);
    ASSERT_TRUE(view.claims.cat && view.claims.cat->likely_torture);
    EXPECT_EQ(view.claims.cat->where.pointer, "/claims/cat");
}

TEST(CaseView, LeavesOutWhatTheCaseDoesNotSay) {
    const CaseView view = view_of(kCase);
    EXPECT_FALSE(view.representative);
    EXPECT_FALSE(view.incidents.at(0).place);
    EXPECT_FALSE(view.incidents.at(0).reports.at(0).response_kind);
    EXPECT_TRUE(view.family.empty());
    // where_of falls back to the record, as a missing value's diagnostic does.
    const auto& report = view.incidents.at(0).reports.at(0);
    EXPECT_EQ(where_of(report.account, report.where).pointer, "/incidents/0/reports/0");
}

TEST(CaseView, EverySampleLoadsWithItsView) {
    for (const char* sample :
         {"ramirez-business-extortion", "lopez-family-of-officer", "castillo-former-police",
          "herrera-journalist", "morales-refused-drugs", "vargas-domestic-violence"}) {
        Diagnostics problems;
        const auto loaded =
            load_case(testing::source_dir() / "samples" / (std::string(sample) + ".yaml"),
                      testing::shipped_schema(), problems);
        ASSERT_TRUE(loaded) << sample;
        const auto& incidents = loaded->data["incidents"];
        ASSERT_EQ(loaded->view.incidents.size(), incidents.size()) << sample;
        for (std::size_t i = 0; i < incidents.size(); ++i) {
            ASSERT_TRUE(loaded->view.incidents[i].date) << sample;
            EXPECT_EQ(to_iso(loaded->view.incidents[i].date->value).substr(0, 4),
                      incidents[i]["date"].get<std::string>().substr(0, 4))
                << sample;
            EXPECT_EQ(loaded->view.incidents[i].reports.size(),
                      incidents[i].value("reports", nlohmann::json::array()).size())
                << sample;
        }
        EXPECT_EQ(loaded->view.exhibits.size(),
                  loaded->data.value("exhibits", nlohmann::json::array()).size())
            << sample;
    }
}

}  // namespace
}  // namespace amparo

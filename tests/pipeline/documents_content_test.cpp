// What the rendered documents say, against what each sample case says: every incident in the
// declaration in date order; exactly the claims and relief of the case in the brief.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <algorithm>
#include <nlohmann/json.hpp>

#include "casefile/case_loader.hpp"
#include "casefile/civil_date.hpp"
#include "casefile/data_paths.hpp"
#include "pipeline/built_samples.hpp"
#include "support/built_markdown.hpp"
#include "support/test_paths.hpp"

namespace amparo {
namespace {

using testing::built_samples;
using testing::sample_ids;

nlohmann::json load_sample(const std::string& id) {
    Diagnostics problems;
    static const auto schema = CaseSchema::load(case_schema_path(testing::source_dir()), problems);
    auto loaded = load_case(testing::source_dir() / "samples" / (id + ".yaml"), *schema, problems);
    return loaded ? loaded->data : nlohmann::json();
}

int count(const std::string& text, const std::string& needle) {
    int n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

TEST(DocumentsContent, DeclarationCarriesEveryIncidentInDateOrder) {
    for (const auto& id : sample_ids()) {
        auto data = load_sample(id);
        auto incidents = data["incidents"];
        std::stable_sort(incidents.begin(), incidents.end(), [](const auto& a, const auto& b) {
            return *parse_civil_date(a["date"]) < *parse_civil_date(b["date"]);
        });
        std::string declaration = testing::with_straight_quotes(
            testing::read_file(built_samples() / id / "declaration.md"));
        std::size_t previous = 0;
        for (const auto& incident : incidents) {
            // The account's first words, as they print (quotes aside, the template escapes no
            // letters here).
            std::string account = incident["account"];
            std::string start = account.substr(0, account.find_first_of(",.\n"));
            auto at = declaration.find(start, previous);
            EXPECT_NE(at, std::string::npos)
                << id << ": incident " << incident["id"] << " missing or out of order";
            if (at != std::string::npos) previous = at;
        }
        // One dated heading per incident and per event (service, a resignation...).
        const auto events = data.value("events", nlohmann::json::array());
        EXPECT_EQ(count(declaration, "\n### "), static_cast<int>(incidents.size() + events.size()))
            << id;
    }
}

TEST(DocumentsContent, BriefArguesExactlyTheCaseClaimsAndRelief) {
    for (const auto& id : sample_ids()) {
        auto data = load_sample(id);
        std::string brief =
            testing::without_tables(testing::read_file(built_samples() / id / "brief.md"));
        const auto& relief = data["case"]["relief"];
        auto seeks = [&](const char* kind) {
            return std::find(relief.begin(), relief.end(), kind) != relief.end();
        };
        EXPECT_EQ(count(brief, "Is Eligible for Asylum\n"), seeks("asylum") ? 1 : 0) << id;
        EXPECT_EQ(count(brief, "Is Entitled to Withholding of Removal\n") > 0, seeks("withholding"))
            << id;
        EXPECT_EQ(count(brief, "Protection Under the Convention Against Torture\n") > 0,
                  seeks("cat"))
            << id;
        const auto& claims = data["claims"];
        int groups = claims.contains("particular_social_groups")
                         ? static_cast<int>(claims["particular_social_groups"].size())
                         : 0;
        // Each ground is argued once: in the asylum part, or in the withholding part when asylum
        // is not sought (the normal posture after the one-year bar).
        const bool grounds_argued = seeks("asylum") || seeks("withholding");
        EXPECT_EQ(count(brief, "#### Particular Social Group: "), grounds_argued ? groups : 0)
            << id;
        EXPECT_EQ(count(brief, "#### Political Opinion"),
                  grounds_argued && claims.contains("political_opinion") ? 1 : 0)
            << id;
    }
}

TEST(DocumentsContent, ExhibitIndexListsEveryExhibitWithItsTab) {
    for (const auto& id : sample_ids()) {
        auto data = load_sample(id);
        std::string index = testing::read_file(built_samples() / id / "exhibit-index.md");
        char tab = 'A';
        for (const auto& exhibit : data.value("exhibits", nlohmann::json::array())) {
            std::string expected_tab = exhibit.value("tab", std::string(1, tab));
            EXPECT_THAT(index, ::testing::HasSubstr("| " + expected_tab + " | ")) << id;
            ++tab;
        }
    }
}

}  // namespace
}  // namespace amparo

// The computed fields of the template context, on a shipped sample.
#include <gtest/gtest.h>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "render/case_context.hpp"
#include "support/test_paths.hpp"

namespace amparo::render {
namespace {

nlohmann::json context_of(const std::string& sample, const ContextInputs& inputs) {
    Diagnostics problems;
    auto schema = CaseSchema::load(case_schema_path(testing::source_dir()), problems);
    auto loaded = load_case(testing::source_dir() / "samples" / sample, *schema, problems);
    EXPECT_TRUE(loaded.has_value());
    return loaded ? build_case_context(loaded->data, loaded->view, inputs)
                  : nlohmann::json::object();
}

TEST(CaseContext, IncidentsAreSortedByDateWithTheirPhrases) {
    auto context = context_of("ramirez-business-extortion.yaml", {});
    const auto& incidents = context["incidents"];
    ASSERT_EQ(incidents.size(), 3u);
    EXPECT_EQ(incidents[0]["id"], "first-demand");
    EXPECT_EQ(incidents[1]["id"], "stopped-paying");
    EXPECT_EQ(incidents[2]["id"], "shop-beating");
    EXPECT_EQ(incidents[0]["date_phrase"], "in or around June 2022");
    EXPECT_EQ(incidents[2]["Date_phrase"], "On March 18, 2023");
    EXPECT_EQ(incidents[2]["ordinal"], "third");
    EXPECT_EQ(incidents[2]["applicant_age"], 41);
    EXPECT_EQ(incidents[2]["paragraphs"].size(), 3u);
    EXPECT_EQ(incidents[2]["perpetrator_names"], "the Cártel de Jalisco Nueva Generación (CJNG)");
}

TEST(CaseContext, ExhibitTabsPagesAndCites) {
    ContextInputs inputs;
    inputs.exhibit_pages["denuncia"] = 3;
    auto context = context_of("ramirez-business-extortion.yaml", inputs);
    EXPECT_EQ(context["exhibits"][0]["tab"], "A");
    EXPECT_EQ(context["exhibits"][2]["cite"], "Ex. C");
    EXPECT_EQ(context["exhibits"][2]["pages"], 3);
    EXPECT_EQ(context["incidents"][2]["exhibit_cites"], "Exs. B, C, D");
}

TEST(CaseContext, DeclarationCitesComeFromTheRenderedDeclaration) {
    ContextInputs inputs;
    inputs.declaration_paragraphs["incident:shop-beating"] = {12, 13, 14, 17};
    auto context = context_of("ramirez-business-extortion.yaml", inputs);
    EXPECT_EQ(context["incidents"][2]["decl_cite"], "Decl. ¶¶ 12–14, 17");
    EXPECT_EQ(declaration_cite({5}), "Decl. ¶ 5");
}

std::vector<std::string> procedural_history(const nlohmann::json& context) {
    std::vector<std::string> sentences;
    for (const auto& step : context["case"]["procedural_history"])
        sentences.push_back(step["sentence"]);
    return sentences;
}

TEST(CaseContext, TheProceduralHistoryIsToldInDateOrder) {
    // Castillo: interviewed for credible fear on August 29, 2024, filed on November 4, 2024,
    // detained, hearing in 2027. Detention is a state, told after the dated steps.
    EXPECT_EQ(procedural_history(context_of("castillo-former-police.yaml", {})),
              (std::vector<std::string>{
                  "On August 29, 2024, he had a credible fear interview.",
                  "His application for asylum and for withholding of removal was filed on "
                  "November 4, 2024.",
                  "He is detained.", "The individual hearing is set for January 12, 2027."}));
    // Ramirez: the border interview and the Notice to Appear on one day, the interview first
    // and the date said once.
    const auto ramirez = procedural_history(context_of("ramirez-business-extortion.yaml", {}));
    ASSERT_GE(ramirez.size(), 2u);
    EXPECT_EQ(ramirez[0], "On May 10, 2023, he was interviewed at the border.");
    EXPECT_EQ(ramirez[1],
              "The Department of Homeland Security served him with a Notice to Appear the same "
              "day.");
}

TEST(CaseContext, PronounsReliefAndOneYear) {
    auto context = context_of("lopez-family-of-officer.yaml", {});
    EXPECT_EQ(context["applicant"]["his"], "his");
    EXPECT_EQ(context["case"]["party"], "Respondent");
    EXPECT_EQ(context["relief_cat"], true);
    EXPECT_EQ(context["one_year"]["due_text"], "February 20, 2024");
    EXPECT_EQ(context["one_year"]["late"], true);
    EXPECT_EQ(context["one_year"]["exception_changed"], true);
    auto herrera = context_of("herrera-journalist.yaml", {});
    EXPECT_EQ(herrera["applicant"]["He"], "She");
    EXPECT_EQ(herrera["case"]["party"], "Applicant");
    EXPECT_FALSE(herrera.contains("relief_cat"));
}

}  // namespace
}  // namespace amparo::render

// The cover's computed texts: the hearing on a 12-hour clock, the court's place in capitals, the
// circuit's name; and the certificates of translation grouped by translator.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "casefile/case_view.hpp"
#include "render/cover_context.hpp"
#include "render/translation_certificates.hpp"

namespace amparo::render {
namespace {

using nlohmann::json;

TEST(CoverContext, HearingTimesReadOnATwelveHourClock) {
    EXPECT_EQ(twelve_hour_time("13:00"), "1:00 p.m.");
    EXPECT_EQ(twelve_hour_time("09:30"), "9:30 a.m.");
    EXPECT_EQ(twelve_hour_time("12:15"), "12:15 p.m.");
    EXPECT_EQ(twelve_hour_time("00:05"), "12:05 a.m.");
    EXPECT_EQ(twelve_hour_time("1 pm"), "1 pm");
}

TEST(CoverContext, TheCourtIsNamedByItsPlaceAndTheCircuitByItsNumber) {
    json context = {{"case",
                     {{"posture", "defensive"},
                      {"detained", false},
                      {"judge", "Hon. A. B."},
                      {"court", {{"city", "Chaparral"}, {"state", "NM"}}},
                      {"next_hearing", {{"date", "2027-01-12"}, {"time", "13:00"}}}}}};
    add_cover_context(context, build_case_view(context, PositionTable{}).proceedings);
    EXPECT_EQ(context["case"]["court"]["place"], "CHAPARRAL, NEW MEXICO");
    EXPECT_EQ(context["case"]["next_hearing"]["time_text"], "1:00 p.m.");
    EXPECT_EQ(context["case"]["circuit_title"], "TENTH CIRCUIT");
    EXPECT_EQ(context["case"]["non_detained"], true);
    EXPECT_EQ(context["case"]["in_removal_proceedings"], true);
    EXPECT_EQ(context["case"]["hearing_on_cover"], true);
}

TEST(TranslationCertificates, OnePerTranslatorListingTheDocumentsTheyTranslated) {
    json context = {
        {"translator",
         {{"name", "Ana Ruiz"}, {"language", "Spanish"}, {"phone", "(555) 555-0100"}}},
        {"exhibits",
         {{{"tab", "A"},
           {"title", "Birth certificate"},
           {"language", "Spanish"},
           {"translation", {{"translator", "Ana Ruiz"}}}},
          {{"tab", "B"}, {"title", "Country report"}},
          {{"tab", "C"},
           {"title", "Police report"},
           {"language", "K'iche'"},
           {"translation", {{"translator", "Ana Ruiz"}}}},
          {{"tab", "D"}, {"title", "Letter"}, {"translation", {{"translator", "Luis Paz"}}}}}}};
    add_translation_certificates(context, build_case_view(context, PositionTable{}));
    EXPECT_EQ(context["has_translations"], true);
    const json& certificates = context["translation_certificates"];
    ASSERT_EQ(certificates.size(), 2u);
    EXPECT_EQ(certificates[0]["translator"], "Ana Ruiz");
    EXPECT_EQ(certificates[0]["languages"], "Spanish and K'iche'");
    EXPECT_EQ(certificates[0]["phone"], "(555) 555-0100");
    EXPECT_EQ(certificates[0]["documents"].size(), 2u);
    EXPECT_EQ(certificates[0]["documents"][1]["tab"], "C");
    // Another translator: what the case does not say about them stays out (a placeholder).
    EXPECT_EQ(certificates[1]["translator"], "Luis Paz");
    EXPECT_FALSE(certificates[1].contains("phone"));
    EXPECT_FALSE(certificates[1].contains("languages"));
}

}  // namespace
}  // namespace amparo::render

// The page arithmetic and the stamp geometry, checked without any PDF.
#include <gtest/gtest.h>

#include "packet/assemble_packet.hpp"
#include "packet/page_map.hpp"
#include "packet/page_stamp.hpp"

namespace amparo::packet {
namespace {

TEST(PageMap, TabPageThenTheExhibitsPagesAfterTheFrontMatter) {
    auto map =
        compute_page_map(2, {{"passport", "A", "Passport", 3}, {"report", "B", "Report", 1}});
    ASSERT_EQ(map.exhibits.size(), 2u);
    EXPECT_EQ(map.exhibits[0].tab_page, 3);
    EXPECT_EQ(map.exhibits[0].first_page, 4);
    EXPECT_EQ(map.exhibits[0].last_page, 6);
    EXPECT_EQ(map.exhibits[1].tab_page, 7);
    EXPECT_EQ(map.exhibits[1].first_page, 8);
    EXPECT_EQ(map.exhibits[1].last_page, 8);
    EXPECT_EQ(map.total_pages, 8);
    EXPECT_EQ(page_range_text(map.exhibits[0]), "4\u20136");
    EXPECT_EQ(page_range_text(map.exhibits[1]), "8");
    ASSERT_NE(map.find("report"), nullptr);
    EXPECT_EQ(map.find("report")->exhibit.tab, "B");
    EXPECT_EQ(map.find("missing"), nullptr);
}

TEST(PageMap, TranslationAndCertificateUnderTheSameTabThenTheClosingPages) {
    auto map = compute_page_map(1, {{"acta", "A", "Acta", 2, 2, 1}, {"photo", "B", "Photo", 1}}, 1);
    EXPECT_EQ(map.exhibits[0].first_page, 3);
    EXPECT_EQ(map.exhibits[0].last_page, 7);
    EXPECT_EQ(map.exhibits[1].tab_page, 8);
    EXPECT_EQ(page_range_text(map.exhibits[0]), "3\u20137");
    EXPECT_EQ(map.total_pages, 10);
}

TEST(PageStamp, TextIsPageNumberOrBatesNumber) {
    EXPECT_EQ(page_stamp_text({}, 14), "Page 14");
    EXPECT_EQ(page_stamp_text({"DOE", false}, 14), "DOE-000014");
}

// The baseline starts inside the visible box and runs along the reader's horizontal, for every
// rotation and a box that does not start at the origin.
TEST(PageStamp, UprightAndInsideTheBoxForEveryRotation) {
    const PageBox box{100, 200, 712, 992};
    struct Expected {
        int rotate;
        double a, b;  // direction of the baseline in user space
    };
    for (auto [rotate, a, b] :
         {Expected{0, 1, 0}, Expected{90, 0, 1}, Expected{180, -1, 0}, Expected{270, 0, -1}}) {
        auto placement = place_stamp(box, rotate, "Page 123");
        EXPECT_DOUBLE_EQ(placement.a, a) << rotate;
        EXPECT_DOUBLE_EQ(placement.b, b) << rotate;
        EXPECT_GT(placement.e, box.llx) << rotate;
        EXPECT_LT(placement.e, box.urx) << rotate;
        EXPECT_GT(placement.f, box.lly) << rotate;
        EXPECT_LT(placement.f, box.ury) << rotate;
        double width = helvetica_width("Page 123") * placement.font_size;
        double end_x = placement.e + placement.a * width;
        double end_y = placement.f + placement.b * width;
        EXPECT_GT(end_x, box.llx) << rotate;
        EXPECT_LT(end_x, box.urx) << rotate;
        EXPECT_GT(end_y, box.lly) << rotate;
        EXPECT_LT(end_y, box.ury) << rotate;
        EXPECT_TRUE(placement.legible);
    }
}

TEST(PageStamp, ATinyPageGetsASmallStampAndIsReported) {
    auto placement = place_stamp({0, 0, 3, 3}, 0, "Page 7");
    EXPECT_FALSE(placement.legible);
    EXPECT_GT(placement.font_size, 0);
}

}  // namespace
}  // namespace amparo::packet

// The profile's footer format: text around {page} and {pages}, nothing else.
#include <gtest/gtest.h>

#include "profile/page_footer.hpp"

namespace amparo::profile {
namespace {

TEST(PageFooter, PageOfPagesPrintsWithTheNumbers) {
    EXPECT_EQ(footer_text("Page {page} of {pages}", 4, 11), "Page 4 of 11");
    EXPECT_EQ(footer_text("{page}", 4, 11), "4");
}

TEST(PageFooter, SplitsIntoTextAndFields) {
    auto parts = footer_parts("Page {page} of {pages}");
    ASSERT_TRUE(parts.has_value());
    ASSERT_EQ(parts->size(), 4u);
    EXPECT_EQ((*parts)[0].text, "Page ");
    EXPECT_EQ((*parts)[1].kind, FooterPart::Kind::Page);
    EXPECT_EQ((*parts)[2].text, " of ");
    EXPECT_EQ((*parts)[3].kind, FooterPart::Kind::Pages);
}

TEST(PageFooter, AFormatWithoutThePageOrWithAnUnknownFieldIsRefused) {
    EXPECT_FALSE(footer_parts("Page").has_value());
    EXPECT_FALSE(footer_parts("Page {page} of {total}").has_value());
    EXPECT_FALSE(footer_parts("Page {page").has_value());
}

}  // namespace
}  // namespace amparo::profile

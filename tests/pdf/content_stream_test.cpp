// The operators a page's content stream is made of, with numbers as PDF readers expect them.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "pdf/content_stream.hpp"

namespace amparo::pdf::detail {
namespace {

TEST(ContentStream, TextIsOneTextObjectAtItsBaseline) {
    ContentStream content;
    content.text("F0", 12, 72, 700.456, "<0024>");
    EXPECT_EQ(content.operators(), "BT /F0 12 Tf 72 700.46 Td <0024> Tj ET\n");
}

TEST(ContentStream, NumbersHaveAtMostTwoDecimalsAndNoNegativeZero) {
    ContentStream content;
    content.line(-0.001, 0.5, 612, 10.25, 0.5);
    EXPECT_EQ(content.operators(), "q 0.5 w 0 0.5 m 612 10.25 l S Q\n");
}

// The numbers are written from integer hundredths; a double rounded to two decimals and printed
// with its trailing zeros cut must read the same, negatives and halves included.
TEST(ContentStream, NumbersReadAsTheirValueRoundedToHundredths) {
    for (double value = -1000; value <= 1000; value += 0.0037) {
        ContentStream content;
        content.line(value, 0, 0, 0, 0);
        char expected[32];
        double rounded = std::round(value * 100) / 100;
        std::snprintf(expected, sizeof expected, "%.2f", rounded == 0 ? 0.0 : rounded);
        std::string digits = expected;
        while (digits.back() == '0') digits.pop_back();
        if (digits.back() == '.') digits.pop_back();
        ASSERT_EQ(content.operators(), "q 0 w " + digits + " 0 m 0 0 l S Q\n") << value;
    }
}

TEST(ContentStream, RectanglesKeepTheirColourAndWidthInsideSaveRestore) {
    ContentStream content;
    content.fill_rectangle(10, 20, 30.333, 40, 1, 0.93, 0.35);
    content.stroke_rectangle(1, 2, 3, 4, 0.5);
    EXPECT_EQ(content.operators(),
              "q 1 0.93 0.35 rg 10 20 30.33 40 re f Q\n"
              "q 0.5 w 1 2 3 4 re S Q\n");
}

}  // namespace
}  // namespace amparo::pdf::detail

// The progress text: what a terminal shows in place, and the plain lines of a CI log.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/batch_printer.hpp"

namespace amparo::cli {
namespace {

TEST(ProgressText, TerminalLineCountsRateTimeLeftAndTheLastCaseById) {
    pipeline::BatchProgress progress{120, 2, 300};
    EXPECT_EQ(progress_text(progress, 4.0, "case-0119", ProgressStyle::Terminal, false),
              "[120/300] 2 failed · 30.0 cases/s · about 6 s left · last: case-0119");
}

TEST(ProgressText, FailuresAreRedOnlyWhenColourIsWanted) {
    pipeline::BatchProgress progress{10, 1, 10};
    EXPECT_EQ(progress_text(progress, 1.0, "", ProgressStyle::Terminal, true),
              "[10/10] \x1b[31m1 failed\x1b[0m · 10.0 cases/s");
    EXPECT_EQ(progress_text(progress, 1.0, "", ProgressStyle::Terminal, false),
              "[10/10] 1 failed · 10.0 cases/s");
}

TEST(ProgressText, PlainLineNamesNoCase) {
    pipeline::BatchProgress progress{600, 0, 1000};
    EXPECT_EQ(progress_text(progress, 3.0, "case-0599", ProgressStyle::Lines, false),
              "amparo: 600 of 1000 cases done, 0 failed, 200.0 cases/s, about 2 s left");
    progress = {100, 0, 10000};
    EXPECT_EQ(progress_text(progress, 10.0, "", ProgressStyle::Lines, false),
              "amparo: 100 of 10000 cases done, 0 failed, 10.0 cases/s, about 17 min left");
}

}  // namespace
}  // namespace amparo::cli

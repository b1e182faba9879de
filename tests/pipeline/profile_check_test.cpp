// The page limit counts the body of the brief only (ICPM 4.19(b): "the body of their briefs"):
// not the cover, the tables or the certificates that follow it on their own pages.
#include "pipeline/profile_check.hpp"

#include <gtest/gtest.h>

namespace amparo::pipeline {
namespace {

document::Block heading(const std::string& title, const std::string& anchor) {
    document::Block block;
    block.kind = document::BlockKind::Heading;
    block.level = 1;
    block.anchor = anchor;
    block.inlines.push_back({document::InlineKind::Text, title, "", {}});
    return block;
}

// A brief laid out as the immigration-court template lays it out: cover (page 1), tables
// (pages 2-4), the body from page 5, the certificate of service on the last page.
struct Laid {
    document::Document brief;
    std::map<std::string, int> pages;
};

Laid laid_out(int body_first_page, int service_page) {
    Laid laid;
    document::Block cover;
    cover.kind = document::BlockKind::CoverPage;
    laid.brief.blocks.push_back(cover);
    laid.brief.blocks.push_back(heading("Table of Contents", "table-of-contents"));
    laid.brief.blocks.push_back(heading("Table of Authorities", "table-of-authorities"));
    laid.brief.blocks.push_back(heading("Statement of Facts", "statement-of-facts"));
    laid.brief.blocks.push_back(heading("Argument", "argument"));
    laid.brief.blocks.push_back(heading("Conclusion", "conclusion"));
    laid.brief.blocks.push_back(heading("Certificate of Service", "certificate-of-service"));
    laid.pages = {{"table-of-contents", 2},
                  {"table-of-authorities", 3},
                  {"statement-of-facts", body_first_page},
                  {"argument", body_first_page + 2},
                  {"conclusion", service_page - 1},
                  {"certificate-of-service", service_page}};
    return laid;
}

profile::CourtProfile immigration_court() {
    profile::CourtProfile profile;
    profile.page_limit = 25;
    profile.uncounted_sections = {"Table of Contents", "Table of Authorities",
                                  "Certificate of Service"};
    return profile;
}

TEST(PageLimit, CountsTheBodyWithoutCoverTablesOrCertificate) {
    const auto laid = laid_out(5, 15);  // body on pages 5-14
    EXPECT_EQ(counted_pages(laid.brief, immigration_court(), laid.pages, 15), 10);
}

TEST(PageLimit, ABodyOfTwentyFivePagesPassesAndOfTwentySixFails) {
    const auto profile = immigration_court();
    const auto at_limit = laid_out(5, 30);  // body on pages 5-29: 25 pages, 30 in all
    auto checks = check_against_profile(at_limit.brief, profile, at_limit.pages, 30);
    ASSERT_EQ(checks.size(), 2u);
    EXPECT_EQ(checks[1].check, "page limit");
    EXPECT_TRUE(checks[1].ok);
    EXPECT_EQ(checks[1].detail, "25 of 25 pages in the body");

    const auto over = laid_out(5, 31);  // body on pages 5-30: 26 pages
    checks = check_against_profile(over.brief, profile, over.pages, 31);
    EXPECT_FALSE(checks[1].ok);
    EXPECT_EQ(checks[1].detail, "26 of 25 pages in the body");
}

TEST(PageLimit, ABodyWithNothingAfterItRunsToTheLastPage) {
    auto laid = laid_out(5, 15);
    laid.brief.blocks.pop_back();  // no certificate of service (the asylum office)
    laid.pages.erase("certificate-of-service");
    EXPECT_EQ(counted_pages(laid.brief, immigration_court(), laid.pages, 14), 10);
}

TEST(PageLimit, ABriefWithoutALimitIsNotChecked) {
    auto profile = immigration_court();
    profile.page_limit = 0;
    const auto laid = laid_out(5, 40);
    const auto checks = check_against_profile(laid.brief, profile, laid.pages, 40);
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0].check, "required sections");
}

}  // namespace
}  // namespace amparo::pipeline

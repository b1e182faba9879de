// The built sample's exhibit packet read back: its tab pages fall where the report's page map
// says, and the exhibit index and the brief cite those same pages.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pipeline/built_samples.hpp"
#include "support/run_command.hpp"
#include "support/squeeze.hpp"
#include "support/test_paths.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;

const char* kSample = "ramirez-business-extortion";

std::string text_of(const fs::path& pdf, int first = 0, int last = 0) {
    std::vector<std::string> argv = {"pdftotext"};
    if (first > 0) {
        argv.insert(argv.end(), {"-f", std::to_string(first), "-l", std::to_string(last)});
    }
    argv.insert(argv.end(), {pdf.string(), "-"});
    return testing::run_command(argv).out;
}

using testing::squeeze;

std::string range_of(const nlohmann::json& exhibit) {
    int first = exhibit["first_page"], last = exhibit["last_page"];
    return first == last ? std::to_string(first)
                         : std::to_string(first) + "\u2013" + std::to_string(last);
}

TEST(PacketOutput, TabPagesStampsAndCitationsFollowOnePageMap) {
    const fs::path folder = testing::built_samples() / kSample;
    auto report = nlohmann::json::parse(testing::read_file(folder / "report.json"));
    ASSERT_TRUE(report.contains("packet")) << report.dump(2);
    const auto& packet = report["packet"];
    ASSERT_EQ(packet["files"], nlohmann::json::array({"exhibits.pdf"}));
    const fs::path pdf = folder / "exhibits.pdf";
    auto check = testing::run_command({"qpdf", "--check", pdf.string()});
    EXPECT_EQ(check.exit_code, 0) << check.out;
    const int total = packet["pages"];
    for (int page = 1; page <= total; ++page) {
        EXPECT_NE(text_of(pdf, page, page).find("Page " + std::to_string(page)), std::string::npos)
            << "page " << page;
    }
    const std::string index = squeeze(text_of(folder / "exhibit-index.pdf"));
    const std::string packet_index =
        squeeze(text_of(pdf, 1, packet["exhibits"][0]["tab_page"].get<int>() - 1));
    const std::string brief = squeeze(text_of(folder / "brief.pdf"));
    ASSERT_FALSE(packet["exhibits"].empty());
    bool some_cite = false;
    for (const auto& exhibit : packet["exhibits"]) {
        const std::string tab = exhibit["tab"];
        const int tab_page = exhibit["tab_page"];
        EXPECT_NE(squeeze(text_of(pdf, tab_page, tab_page)).find("Exhibit " + tab),
                  std::string::npos)
            << tab;
        EXPECT_EQ(exhibit["first_page"].get<int>(), tab_page + 1);
        const std::string range = range_of(exhibit);
        EXPECT_NE(index.find(tab + " "), std::string::npos);
        EXPECT_NE(index.find(range), std::string::npos) << tab << " " << range << "\n" << index;
        EXPECT_NE(packet_index.find(range), std::string::npos) << tab << " " << range;
        if (brief.find("Ex. " + tab + " at " + range) != std::string::npos) some_cite = true;
    }
    EXPECT_TRUE(some_cite) << "the brief cites no exhibit at its packet pages:\n" << brief;
    auto outline = nlohmann::json::parse(
        testing::run_command({"qpdf", "--json=2", "--json-key=outlines", pdf.string()}).out);
    ASSERT_EQ(outline["outlines"].size(), packet["exhibits"].size());
    for (std::size_t i = 0; i < outline["outlines"].size(); ++i) {
        EXPECT_EQ(outline["outlines"][i]["destpageposfrom1"], packet["exhibits"][i]["tab_page"]);
    }
}

TEST(PacketOutput, TwoBuildsGiveTheSameBytes) {
    const fs::path first = testing::built_samples() / kSample / "exhibits.pdf";
    auto out = testing::make_scratch_dir("packet-again");
    auto result = testing::run_command(
        {testing::amparo_binary().string(), "build",
         (testing::source_dir() / "samples" / (std::string(kSample) + ".yaml")).string(), "-o",
         out.string(), "--formats", "pdf"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(testing::read_file(first) == testing::read_file(out / kSample / "exhibits.pdf"));
}

}  // namespace
}  // namespace amparo

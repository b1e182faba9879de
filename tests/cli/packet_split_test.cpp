// A forum's file-size limit splits the exhibit packet between exhibits, end to end: the profile's
// `packet: {max_file_mb}` reaches the build, the parts are named exhibits_Part1.pdf, ..., their
// page numbers run on from part to part, and report.json lists and checks every part. (Before
// this test, an exhibit larger than the limit by itself failed its case in the final check.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/amparo_run.hpp"
#include "cli/template_copies.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;

// The text of page `page` of `pdf`.
std::string page_text(const fs::path& pdf, int page) {
    return testing::run_command({"pdftotext", "-f", std::to_string(page), "-l",
                                 std::to_string(page), pdf.string(), "-"})
        .out;
}

TEST(PacketSplit, TheProfilesLimitSplitsTheSamplesPacketBetweenExhibits) {
    // ramirez is before the Immigration Court; its packet (13 pages, about 72 KB) against a
    // limit of 30 KB.
    const auto templates = testing::copy_of_templates();
    testing::replace_in_file(templates / "profiles/immigration-court.yaml", "max_file_mb: 25",
                             "max_file_mb: 0.03");
    const auto samples = testing::copy_of_samples();
    const fs::path out = samples.parent_path() / "out";
    const auto result =
        testing::run_amparo({"build", (samples / "ramirez-business-extortion.yaml").string(), "-o",
                             out.string(), "--formats", "pdf", "--templates", templates.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // An exhibit too large for the limit by itself gets a part of its own and a warning in
    // units the limit is stated in; the case still builds.
    EXPECT_THAT(result.err, ::testing::ContainsRegex(
                                "warning: exhibits\\[[0-9]\\]\\.file: exhibit [a-z-]+ alone "
                                "makes a file of [0-9]+ KB, over the forum's limit of 30 KB per "
                                "file"));
    const fs::path folder = out / "ramirez-business-extortion";
    EXPECT_FALSE(fs::exists(folder / "exhibits.pdf"));
    const auto report = nlohmann::json::parse(testing::read_file(folder / "report.json"));
    const auto& packet = report["packet"];
    const auto& files = packet["files"];
    ASSERT_GE(files.size(), 2u) << packet.dump(1);
    ASSERT_EQ(packet["checks"].size(), files.size());

    int next_page = 1;
    std::vector<std::pair<int, int>> part_pages;  // each part's first and last packet page
    for (std::size_t i = 0; i < files.size(); ++i) {
        SCOPED_TRACE(files[i].get<std::string>());
        EXPECT_EQ(files[i], "exhibits_Part" + std::to_string(i + 1) + ".pdf");
        const fs::path part = folder / files[i].get<std::string>();
        const auto& check = packet["checks"][i];
        EXPECT_TRUE(check["ok"].get<bool>()) << check.dump(1);
        EXPECT_EQ(check["file"], files[i]);
        EXPECT_EQ(fs::file_size(part), check["bytes"].get<std::size_t>());
        EXPECT_EQ(testing::run_command({"qpdf", "--check", part.string()}).exit_code, 0);
        // Numbering runs on across the parts.
        const int pages = check["pages"];
        EXPECT_NE(page_text(part, 1).find("Page " + std::to_string(next_page)), std::string::npos);
        EXPECT_NE(page_text(part, pages).find("Page " + std::to_string(next_page + pages - 1)),
                  std::string::npos);
        part_pages.emplace_back(next_page, next_page + pages - 1);
        next_page += pages;
    }
    EXPECT_EQ(next_page - 1, packet["pages"].get<int>());
    // No exhibit is cut: its tab page and its last page are in the same part.
    for (const auto& exhibit : packet["exhibits"]) {
        const int tab = exhibit["tab_page"], last = exhibit["last_page"];
        bool whole = false;
        for (const auto& [first_page, last_page] : part_pages) {
            whole = whole || (tab >= first_page && last <= last_page);
        }
        EXPECT_TRUE(whole) << exhibit.dump();
    }
}

}  // namespace
}  // namespace amparo

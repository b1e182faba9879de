// A whole build whose exhibits are real files of mixed sizes and rotations (from the conformance
// corpus): every packet page carries its number in order, each tab page falls where the index
// says, and the exhibit index document gives the same ranges.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/amparo_run.hpp"
#include "support/pdf_pages.hpp"
#include "support/squeeze.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;

fs::path corpus() { return testing::source_dir().parent_path() / "shared/conformance/pdfs"; }

TEST(PacketOfMixedPages, EveryPageIsNumberedAndTheIndexGivesWhereEachTabFalls) {
    const std::vector<std::pair<std::string, std::string>> files = {
        {"rotated", "rotate_all_angles_20p.pdf"},
        {"sizes", "mixed_sizes_letter_landscape.pdf"},
        {"legal", "legal_612x1008.pdf"},
        {"plan", "rotate270_a3_cad.pdf"}};
    for (const auto& [id, file] : files) {
        if (!fs::exists(corpus() / file)) GTEST_SKIP() << "no conformance corpus at " << corpus();
    }
    const auto dir = testing::make_scratch_dir("mixed-pages");
    std::string exhibits = "exhibits:\n";
    for (const auto& [id, file] : files) {
        fs::copy_file(corpus() / file, dir / file);
        exhibits +=
            "  - {id: " + id + ", title: The " + id + " file, kind: other, file: " + file + "}\n";
    }
    std::string text = testing::read_file(testing::fixture("valid/minimal.yaml"));
    text.replace(text.find("claims: {}"), 10, "claims: {}\n" + exhibits);
    testing::write_file(dir / "mixed.yaml", text);
    const auto result = testing::run_amparo(
        {"build", (dir / "mixed.yaml").string(), "-o", (dir / "out").string(), "--formats", "pdf"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const fs::path folder = dir / "out/minimal";
    const auto report = nlohmann::json::parse(testing::read_file(folder / "report.json"));
    const auto& packet = report["packet"];
    ASSERT_EQ(packet["files"], nlohmann::json::array({"exhibits.pdf"}));
    EXPECT_TRUE(packet["checks"][0]["ok"].get<bool>()) << packet["checks"].dump(1);

    const auto pages = testing::pages_text(folder / "exhibits.pdf");
    ASSERT_EQ(static_cast<int>(pages.size()), packet["pages"].get<int>());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        EXPECT_NE(pages[i].find("Page " + std::to_string(i + 1)), std::string::npos)
            << "packet page " << i + 1;
    }
    const std::string index_document = testing::squeeze(
        testing::run_command({"pdftotext", "-layout", (folder / "exhibit-index.pdf").string(), "-"})
            .out);
    const int first_tab = packet["exhibits"][0]["tab_page"];
    std::string packet_index;
    for (int page = 0; page + 1 < first_tab; ++page) packet_index += pages[page];
    packet_index = testing::squeeze(packet_index);
    int expected_tab = first_tab;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto& exhibit = packet["exhibits"][i];
        SCOPED_TRACE(exhibit.dump());
        const int tab = exhibit["tab_page"], first = exhibit["first_page"],
                  last = exhibit["last_page"];
        // The tabs follow one another: each exhibit's pages, then the next tab.
        EXPECT_EQ(tab, expected_tab);
        expected_tab = last + 1;
        const std::string letter = exhibit["tab"];
        EXPECT_NE(pages[tab - 1].find("Exhibit " + letter), std::string::npos);
        EXPECT_EQ(first, tab + 1);
        const std::string range = first == last
                                      ? std::to_string(first)
                                      : std::to_string(first) + "\u2013" + std::to_string(last);
        EXPECT_NE(packet_index.find(range), std::string::npos) << packet_index;
        EXPECT_NE(index_document.find(range), std::string::npos) << index_document;
    }
    // The rotated file's 20 pages, the three sizes, the legal page and the A3 drawing.
    EXPECT_EQ(packet["exhibits"][0]["last_page"].get<int>() -
                  packet["exhibits"][0]["first_page"].get<int>() + 1,
              20);
}

}  // namespace
}  // namespace amparo

// Links and comments inside exhibits, read back from the packet with qpdf: a link to one of the
// exhibit's own pages opens that page in the packet (its first packet page + the page's index),
// in the whole packet, in each part, and on pages scaled to letter; other links are removed.
#include <gtest/gtest.h>

#include <qpdf/QPDF.hh>

#include "packet/assemble_packet.hpp"
#include "packet/generated_pdfs.hpp"
#include "packet/packet_reader.hpp"
#include "support/test_paths.hpp"

namespace amparo::packet {
namespace {

using testing::GeneratedPage;

constexpr GeneratedPage kLetter{};
constexpr GeneratedPage kA3{0, 0, 842, 1191, 0};

// Three exhibits: three plain pages, then four and three pages of linked_pdf, so the linked
// exhibits start at different packet pages.
PacketInputs linked_packet(const std::filesystem::path& dir, GeneratedPage size = kLetter) {
    PacketInputs inputs;
    std::vector<std::pair<PacketExhibit, std::string>> exhibits = {
        {{"passport", "A", "Passport", 3}, testing::letter_pdf("Passport", 3)},
        {{"report", "B", "Country report", 4},
         testing::linked_pdf("Report", std::vector<GeneratedPage>(4, size))},
        {{"article", "C", "News article", 3},
         testing::linked_pdf("Article", std::vector<GeneratedPage>(3, size))},
    };
    std::vector<PacketExhibit> list;
    for (auto& [exhibit, bytes] : exhibits) {
        auto file = dir / (exhibit.id + ".pdf");
        testing::write_file(file, bytes);
        inputs.exhibit_files.push_back(file);
        list.push_back(exhibit);
    }
    inputs.map = compute_page_map(1, list);
    inputs.front_matter_pdf = testing::letter_pdf("Front", 1);
    inputs.tab_pages_pdf = testing::letter_pdf("Tab", 3);
    return inputs;
}

// Checks the links of the pages of `file` that hold packet pages from `first_page` on: on each
// linked exhibit's page i, the three links to its own pages survive, in order, opening packet
// pages first + (i + 1, 2, 3) mod its page count; the comment and its popup follow them; the web
// link and the link to nowhere are gone; no other page has annotations.
void expect_links_land(const std::filesystem::path& file, const PageMap& map, int first_page) {
    auto targets = testing::link_targets(file);
    auto subtypes = testing::annotation_subtypes(file);
    std::vector<std::vector<int>> expected_targets(targets.size());
    std::vector<std::vector<std::string>> expected_subtypes(targets.size());
    for (const auto& placement : map.exhibits) {
        if (placement.exhibit.id == "passport") continue;
        int count = placement.exhibit.pages;
        for (int i = 0; i < count; ++i) {
            auto index = static_cast<std::size_t>(placement.first_page + i - first_page);
            if (index >= targets.size()) continue;  // the exhibit is in another part
            for (int steps : {1, 2, 3}) {
                int packet_page = placement.first_page + (i + steps) % count;
                expected_targets[index].push_back(packet_page - first_page + 1);
            }
            expected_subtypes[index] = {"/Link", "/Link", "/Link", "/Text", "/Popup"};
        }
    }
    EXPECT_EQ(targets, expected_targets);
    EXPECT_EQ(subtypes, expected_subtypes);
}

std::string notes_about(const PacketResult& result, const std::string& id) {
    std::string notes;
    for (const auto& problem : result.diagnostics) {
        if (problem.path == id) notes += problem.message + "\n";
    }
    return notes;
}

TEST(ExhibitLinks, InternalLinksOpenTheSamePageOfTheExhibitInThePacket) {
    auto dir = testing::make_scratch_dir("links");
    auto inputs = linked_packet(dir);
    auto result = assemble_packet(inputs);
    ASSERT_EQ(result.parts.size(), 1u);
    auto file = dir / "exhibits.pdf";
    testing::write_file(file, result.parts[0].bytes);
    std::string output;
    EXPECT_TRUE(testing::qpdf_check(file, output)) << output;
    expect_links_land(file, inputs.map, 1);
    // Two links per page are removed: the web address and the undefined name.
    EXPECT_NE(notes_about(result, "report").find("8 link(s) of exhibit report to web pages"),
              std::string::npos)
        << notes_about(result, "report");
    EXPECT_NE(notes_about(result, "article").find("6 link(s)"), std::string::npos);
}

TEST(ExhibitLinks, EachPartsLinksOpenItsOwnPages) {
    auto dir = testing::make_scratch_dir("links-parts");
    auto inputs = linked_packet(dir);
    auto whole = assemble_packet(inputs);
    ASSERT_EQ(whole.parts.size(), 1u);
    // Too small for two exhibits: one part each.
    inputs.max_part_bytes = whole.parts[0].bytes.size() / 2;
    auto result = assemble_packet(inputs);
    ASSERT_EQ(result.parts.size(), 3u);
    for (std::size_t i = 0; i < result.parts.size(); ++i) {
        SCOPED_TRACE("part " + std::to_string(i + 1));
        auto file = dir / ("exhibits_Part" + std::to_string(i + 1) + ".pdf");
        testing::write_file(file, result.parts[i].bytes);
        std::string output;
        EXPECT_TRUE(testing::qpdf_check(file, output)) << output;
        expect_links_land(file, inputs.map, result.parts[i].first_page);
    }
}

TEST(ExhibitLinks, LinksMoveWithPagesScaledToLetter) {
    auto dir = testing::make_scratch_dir("links-fit");
    auto inputs = linked_packet(dir, kA3);
    inputs.fit_to_letter = true;
    auto result = assemble_packet(inputs);
    ASSERT_EQ(result.parts.size(), 1u);
    auto file = dir / "exhibits.pdf";
    testing::write_file(file, result.parts[0].bytes);
    expect_links_land(file, inputs.map, 1);
    // A3 shrinks into letter less the half-inch band kept for the stamp on every edge (720 of
    // its 1191 points of height), centred: [40 700 200 720] follows the content.
    const double scale = (792.0 - 72) / 1191, dx = (612 - 842 * scale) / 2,
                 dy = (792 - 1191 * scale) / 2;
    QPDF packet;
    packet.processFile(file.c_str());
    auto page =
        packet.getAllPages()[static_cast<std::size_t>(inputs.map.exhibits[1].first_page - 1)];
    auto rect = page.getKey("/Annots").getArrayItem(0).getKey("/Rect").getArrayAsRectangle();
    EXPECT_NEAR(rect.llx, 40 * scale + dx, 0.01);
    EXPECT_NEAR(rect.lly, 700 * scale + dy, 0.01);
    EXPECT_NEAR(rect.urx, 200 * scale + dx, 0.01);
    EXPECT_NEAR(rect.ury, 720 * scale + dy, 0.01);
}

}  // namespace
}  // namespace amparo::packet

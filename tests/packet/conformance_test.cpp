// Every file of ../shared/conformance/pdfs as the one exhibit of a packet, against the expected
// behaviour its MANIFEST records: refused with a reason, or included, stamped and checked.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "packet/assemble_packet.hpp"
#include "packet/exhibit_pdf.hpp"
#include "packet/generated_pdfs.hpp"
#include "packet/packet_reader.hpp"
#include "support/test_paths.hpp"

namespace amparo::packet {
namespace {

struct ManifestEntry {
    std::string file;
    std::string expected;
};

std::filesystem::path corpus_dir() {
    return testing::source_dir().parent_path() / "shared" / "conformance" / "pdfs";
}

std::vector<ManifestEntry> manifest() {
    std::vector<ManifestEntry> entries;
    std::ifstream in(corpus_dir() / "MANIFEST.md");
    std::string line;
    // | `file` | source | licence | size | pages | property | expected behaviour | check | sha |
    while (std::getline(in, line)) {
        if (line.rfind("| `", 0) != 0) continue;
        std::vector<std::string> cells;
        std::size_t start = 1;
        for (std::size_t bar = line.find('|', start); bar != std::string::npos;
             bar = line.find('|', start)) {
            cells.push_back(line.substr(start, bar - start));
            start = bar + 1;
        }
        if (cells.size() < 7) continue;
        std::string file = cells[0].substr(cells[0].find('`') + 1);
        file = file.substr(0, file.find('`'));
        std::string expected = cells[6];
        expected.erase(0, expected.find_first_not_of(' '));
        entries.push_back({file, expected});
    }
    return entries;
}

bool says(const ManifestEntry& entry, const std::string& words) {
    return entry.expected.find(words) != std::string::npos;
}

// The source's outline, moved by `offset` pages, as the packet should nest it.
void expect_same_outline(const std::vector<testing::OutlineEntry>& source,
                         const std::vector<testing::OutlineEntry>& nested, int offset) {
    ASSERT_EQ(nested.size(), source.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
        EXPECT_EQ(nested[i].title, source[i].title);
        EXPECT_EQ(nested[i].page, source[i].page + offset) << source[i].title;
        expect_same_outline(source[i].children, nested[i].children, offset);
    }
}

// What the MANIFEST's expected behaviour asks of particular files beyond being included,
// recognised by its own words; `packet` has one front page, then the tab page, then the file.
void check_particular_expectations(const ManifestEntry& entry, const std::filesystem::path& source,
                                   const std::filesystem::path& packet,
                                   const std::string& messages) {
    QPDF pdf;
    pdf.processFile(packet.c_str());
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    if (says(entry, "do not rescale to letter unless asked")) {
        auto box = pages[2].getMediaBox().getArrayAsRectangle();
        EXPECT_EQ(box.urx - box.llx, 612);
        EXPECT_EQ(box.ury - box.lly, 1008);
        EXPECT_NE(messages.find("US Legal"), std::string::npos) << messages;
    }
    if (says(entry, "page size reported as landscape A3")) {
        EXPECT_NE(messages.find("A3 landscape"), std::string::npos) << messages;
    }
    if (says(entry, "warn that the page is oversized")) {
        EXPECT_NE(messages.find("oversized for a filing"), std::string::npos) << messages;
    }
    if (says(entry, "existing bookmarks kept under the exhibit's own bookmark")) {
        auto packet_outline = testing::outline(packet);
        ASSERT_EQ(packet_outline.size(), 1u);
        expect_same_outline(testing::outline(source), packet_outline[0].children, 2);
    }
    if (says(entry, "page labels must not override")) {
        EXPECT_FALSE(pdf.getRoot().hasKey("/PageLabels"));
    }
    if (says(entry, "internal links still land on the right page")) {
        // The file's page i is packet page 3 + i: its links open the same pages, moved by two.
        auto source_targets = testing::link_targets(source);
        auto packet_targets = testing::link_targets(packet);
        ASSERT_EQ(packet_targets.size(), source_targets.size() + 2);
        int links = 0;
        for (std::size_t i = 0; i < source_targets.size(); ++i) {
            std::vector<int> moved;
            for (int target : source_targets[i]) moved.push_back(target + 2);
            EXPECT_EQ(packet_targets[i + 2], moved) << "page " << i + 1 << " of the file";
            links += static_cast<int>(moved.size());
        }
        EXPECT_GT(links, 0);
    }
    if (says(entry, "annotations kept")) {
        // Its comment and the comment's popup stay; its one link goes to a web page, so it is
        // removed with a note (docs/exhibit-packets.md says why).
        auto subtypes = testing::annotation_subtypes(packet);
        EXPECT_EQ(subtypes[2], (std::vector<std::string>{"/Text", "/Popup"}));
        EXPECT_NE(messages.find("1 link(s) of exhibit exhibit to web pages"), std::string::npos)
            << messages;
    }
}

TEST(Conformance, EachCorpusFileIsIncludedOrRefusedAsTheManifestSays) {
    if (!std::filesystem::exists(corpus_dir() / "MANIFEST.md")) {
        GTEST_SKIP() << "no conformance corpus at " << corpus_dir();
    }
    auto entries = manifest();
    ASSERT_GE(entries.size(), 40u);
    auto scratch = testing::make_scratch_dir("conformance");
    for (const auto& entry : entries) {
        SCOPED_TRACE(entry.file + ": " + entry.expected);
        auto path = corpus_dir() / entry.file;
        std::string error;
        auto facts = read_exhibit_pdf(path, error);
        if (entry.expected.rfind("refuse", 0) == 0) {
            EXPECT_FALSE(facts) << "read as " << (facts ? facts->pages : 0) << " pages";
            EXPECT_FALSE(error.empty());
            continue;
        }
        ASSERT_TRUE(facts) << error;
        PacketInputs inputs;
        inputs.map = compute_page_map(1, {{"exhibit", "A", entry.file, facts->pages}});
        inputs.front_matter_pdf = testing::letter_pdf("Front", 1);
        inputs.tab_pages_pdf = testing::letter_pdf("Tab", 1);
        inputs.exhibit_files = {path};
        auto result = assemble_packet(inputs);
        ASSERT_EQ(result.parts.size(), 1u);
        auto packet = scratch / ("packet-" + entry.file);
        testing::write_file(packet, result.parts[0].bytes);
        std::string output;
        EXPECT_TRUE(testing::qpdf_check(packet, output)) << output;
        int total = inputs.map.total_pages;
        EXPECT_EQ(testing::pdfinfo_pages(packet), total);
        // Image-only scans have no text of their own, so the stamp is the page's only text.
        for (int page : {1, 2, 3, total}) {
            EXPECT_NE(testing::page_text(packet, page).find("Page " + std::to_string(page)),
                      std::string::npos)
                << "page " << page;
        }
        auto entries_found = testing::outline(packet);
        ASSERT_EQ(entries_found.size(), 1u);
        EXPECT_EQ(entries_found[0].page, 2);
        bool warned = false;
        std::string messages;
        for (const auto& problem : result.diagnostics) {
            if (problem.severity == Severity::Warning) warned = true;
            messages += problem.message + "\n";
        }
        check_particular_expectations(entry, path, packet, messages);
        // Every file the MANIFEST includes "with a warning" (or "warn ..."), and no other
        // except where it calls the warning optional, is read back with one.
        if (says(entry, "with a warning") || says(entry, "warn that")) {
            EXPECT_TRUE(warned) << "expected a warning";
        }
    }
}

}  // namespace
}  // namespace amparo::packet

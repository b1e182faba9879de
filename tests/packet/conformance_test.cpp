// Every file of ../shared/conformance/pdfs as the one exhibit of a packet, against the expected
// behaviour its MANIFEST records: refused with a reason, or included, stamped and checked.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "packet/assemble_packet.hpp"
#include "packet/exhibit_pdf.hpp"
#include "packet/generated_pdfs.hpp"
#include "packet/packet_check.hpp"
#include "packet/packet_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo::packet {
namespace {

struct ManifestEntry {
    std::string file;
    std::optional<int> pages;  // as pdfinfo counted them; none where it could not read the file
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
        std::string pages = cells[4].substr(cells[4].find_first_not_of(' '));
        entries.push_back({file,
                           std::isdigit(static_cast<unsigned char>(pages[0]))
                               ? std::optional(std::stoi(pages))
                               : std::nullopt,
                           expected});
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

// Every packet page's stamp ("Page N") is there, in order, upright for the reader, inside the
// visible page and at its foot, whatever the page's rotation, boxes or origin. Where the file's
// own text also says "Page N", the lowest occurrence is taken as the stamp.
void expect_every_stamp_upright_at_the_foot(const std::filesystem::path& packet, int total) {
    auto pages = testing::placed_words(packet);
    ASSERT_EQ(static_cast<int>(pages.size()), total);
    for (int number = 1; number <= total; ++number) {
        const auto& page = pages[number - 1];
        const testing::PlacedWord* stamp = nullptr;
        for (const auto& word : page.words) {
            if (word.text != "Page" || (stamp != nullptr && word.y1 <= stamp->y1)) continue;
            // Its number stands on the same line, after it (a file's own words may come
            // between them in pdftotext's order).
            for (const auto& other : page.words) {
                if (other.text == std::to_string(number) && std::abs(other.y0 - word.y0) < 1 &&
                    other.x0 > word.x1) {
                    stamp = &word;
                }
            }
        }
        if (stamp == nullptr) {
            ADD_FAILURE() << "no stamp on packet page " << number;
            continue;
        }
        const double slack = 0.5;  // pdftotext rounds its boxes
        EXPECT_GT(stamp->x1 - stamp->x0, (stamp->y1 - stamp->y0) * 1.5)
            << "stamp not upright on packet page " << number;
        EXPECT_GE(stamp->x0, -slack) << "packet page " << number;
        EXPECT_LE(stamp->x1, page.width + slack) << "packet page " << number;
        EXPECT_GE(stamp->y0, -slack) << "packet page " << number;
        EXPECT_LE(stamp->y1, page.height + slack) << "packet page " << number;
        // A page under an inch high has no foot to speak of: the stamp is only kept inside it.
        if (page.height >= 72) {
            EXPECT_GT(stamp->y0, page.height * 0.75) << "stamp not at the foot of page " << number;
        }
    }
}

// The file's text layer comes through: every word poppler finds on the file's page i, it finds
// on packet page i + offset (which has the stamp besides, and a flattened form's values). Words
// are taken as pdftotext -bbox separates them, so a stamp set beside a word cannot join it to
// the page number in the plain text's reading order. On a page shrunk onto letter paper poppler
// joins some small digits into one word ("3" "6" becomes "36"), so there every character is
// counted instead of every word.
void expect_text_kept(const std::filesystem::path& source, const std::filesystem::path& packet,
                      int offset, bool shrunk) {
    auto before = testing::placed_words(source);
    auto after = testing::placed_words(packet);
    ASSERT_EQ(after.size(), before.size() + static_cast<std::size_t>(offset));
    auto pieces = [shrunk](const testing::PageWords& page) {
        std::multiset<std::string> found;
        for (const auto& word : page.words) {
            if (!shrunk) {
                found.insert(word.text);
                continue;
            }
            for (char c : word.text) found.insert(std::string(1, c));
        }
        return found;
    };
    for (std::size_t i = 0; i < before.size(); ++i) {
        auto kept = pieces(after[i + offset]);
        std::vector<std::string> lost;
        for (const auto& piece : pieces(before[i])) {
            auto at = kept.find(piece);
            if (at == kept.end()) {
                lost.push_back(piece);
            } else {
                kept.erase(at);
            }
        }
        EXPECT_TRUE(lost.empty()) << "page " << i + 1 << " of the file lost " << lost.size()
                                  << (shrunk ? " character(s)" : " word(s)")
                                  << ", the first: " << lost.front();
    }
}

// Each packet page looks like the file's page it holds, painted by poppler at a low resolution,
// the stamp's band at the foot aside: nothing of the page is lost, hidden or moved, and what a
// filled form showed (its values, its ticked boxes) is still drawn once the form is flattened.
// The file is compared as qpdf's own tool flattens its annotations: poppler paints some markup
// from its geometry rather than from its appearance (the PDF 2.0 highlight comes out a bow-tie),
// and the packet, like qpdf, draws the appearance the file gives.
void expect_pages_look_alike(const std::filesystem::path& source,
                             const std::filesystem::path& packet, int offset,
                             const std::filesystem::path& scratch) {
    const int dpi = 24;
    std::filesystem::create_directories(scratch);
    auto flattened = scratch / "flattened.pdf";
    testing::run_command(
        {"qpdf", "--flatten-annotations=all", "--decrypt", source.string(), flattened.string()});
    auto before = testing::grey_pages(flattened, dpi, scratch / "source");
    auto after = testing::grey_pages(packet, dpi, scratch / "packet");
    ASSERT_EQ(after.size(), before.size() + static_cast<std::size_t>(offset));
    for (std::size_t i = 0; i < before.size(); ++i) {
        const auto& was = before[i];
        const auto& is = after[i + offset];
        ASSERT_EQ(is.width, was.width) << "page " << i + 1;
        ASSERT_EQ(is.height, was.height) << "page " << i + 1;
        if (was.height < dpi) continue;  // under an inch: the stamp covers most of it
        const int compared_rows = was.height * 9 / 10;
        int differ = 0;
        for (int y = 0; y < compared_rows; ++y) {
            for (int x = 0; x < was.width; ++x) {
                if (std::abs(was.at(x, y) - is.at(x, y)) > 64) ++differ;
            }
        }
        EXPECT_LE(differ, was.width * compared_rows / 100)
            << "page " << i + 1 << " of the file looks different in the packet (" << differ
            << " of " << was.width * compared_rows << " pixels)";
    }
}

double pdf_version(const std::filesystem::path& file) {
    QPDF pdf;
    pdf.processFile(file.c_str());
    return std::stod(pdf.getPDFVersion());
}

// Every page of the file is printed on US Letter (the immigration court's paper).
void expect_letter_pages(const std::filesystem::path& packet) {
    for (const auto& page : testing::placed_words(packet)) {
        // Within a point: a page made at 611.97 x 791.97 is letter paper, and stays as it is.
        auto near = [](double a, double b) { return std::abs(a - b) < 1; };
        const bool portrait = near(page.width, 612) && near(page.height, 792);
        const bool landscape = near(page.width, 792) && near(page.height, 612);
        EXPECT_TRUE(portrait || landscape) << page.width << " x " << page.height;
    }
}

std::string messages_of(const Diagnostics& diagnostics, bool& warned) {
    std::string messages;
    for (const auto& problem : diagnostics) {
        if (problem.severity == Severity::Warning) warned = true;
        messages += problem.message + "\n";
    }
    return messages;
}

// One file the MANIFEST includes, as the one exhibit of a packet: one front page, then the tab
// page, then the file. `fit_to_letter` as the immigration court's profile asks.
void check_included(const ManifestEntry& entry, bool fit_to_letter,
                    const std::filesystem::path& scratch) {
    auto path = corpus_dir() / entry.file;
    std::string error;
    auto facts = read_exhibit_pdf(path, error);
    ASSERT_TRUE(facts) << error;
    if (entry.pages) {
        EXPECT_EQ(facts->pages, *entry.pages) << "pages counted";
    }
    PacketInputs inputs;
    inputs.map = compute_page_map(1, {{"exhibit", "A", entry.file, facts->pages}});
    inputs.front_matter_pdf = testing::letter_pdf("Front", 1);
    inputs.tab_pages_pdf = testing::letter_pdf("Tab", 1);
    inputs.exhibit_files = {path};
    inputs.fit_to_letter = fit_to_letter;
    auto result = assemble_packet(inputs);
    ASSERT_EQ(result.parts.size(), 1u);
    auto packet = scratch / ((fit_to_letter ? "letter-" : "packet-") + entry.file);
    testing::write_file(packet, result.parts[0].bytes);
    std::string output;
    EXPECT_TRUE(testing::qpdf_check(packet, output)) << output;
    const int total = inputs.map.total_pages;
    EXPECT_EQ(testing::pdfinfo_pages(packet), total);
    auto check = check_packet_part(result.parts[0], inputs.map, {}, 0);
    std::string problems;
    for (const auto& problem : check.problems) problems += problem + "\n";
    EXPECT_TRUE(check.ok) << problems;
    EXPECT_FALSE(check.encrypted);
    EXPECT_EQ(check.stamped_pages, total);
    expect_every_stamp_upright_at_the_foot(packet, total);
    expect_text_kept(path, packet, 2, fit_to_letter);
    auto outline_found = testing::outline(packet);
    ASSERT_FALSE(outline_found.empty());
    EXPECT_EQ(outline_found[0].page, 2);
    if (fit_to_letter) {
        expect_letter_pages(packet);
        return;
    }
    EXPECT_GE(pdf_version(packet), pdf_version(path)) << "the PDF version was lowered";
    expect_pages_look_alike(path, packet, 2, scratch / "painted");
    bool warned = false;
    auto messages = messages_of(result.diagnostics, warned);
    check_particular_expectations(entry, path, packet, messages);
    // Every file the MANIFEST includes "with a warning" (or "warn ..."), and no other
    // except where it calls the warning optional, is read back with one.
    if (says(entry, "with a warning") || says(entry, "warn that")) {
        EXPECT_TRUE(warned) << "expected a warning";
    }
}

// The words the MANIFEST expects in the refusal of each file it refuses.
void check_refused(const ManifestEntry& entry) {
    std::string error;
    auto facts = read_exhibit_pdf(corpus_dir() / entry.file, error);
    EXPECT_FALSE(facts) << "read as " << (facts ? facts->pages : 0) << " pages";
    const std::map<std::string, std::string> reason = {
        {"password required", "protected by a password"},
        {"cannot read page tree", "not a readable PDF"},
        {"empty file", "an empty file (0 bytes)"},
        {"looks like HTML", "looks like a web page (HTML)"},
        {"never silently emit blank pages", "damaged: the content of pages 11\u201323 is missing"}};
    int reasons = 0;
    for (const auto& [expected, said] : reason) {
        if (!says(entry, expected)) continue;
        ++reasons;
        EXPECT_NE(error.find(said), std::string::npos) << error;
    }
    EXPECT_EQ(reasons, 1) << "no expected refusal matched: " << error;
}

std::vector<ManifestEntry> corpus_manifest() {
    if (!std::filesystem::exists(corpus_dir() / "MANIFEST.md")) return {};
    return manifest();
}

TEST(Conformance, EachCorpusFileIsIncludedOrRefusedAsTheManifestSays) {
    auto entries = corpus_manifest();
    if (entries.empty()) GTEST_SKIP() << "no conformance corpus at " << corpus_dir();
    ASSERT_GE(entries.size(), 40u);
    auto scratch = testing::make_scratch_dir("conformance");
    for (const auto& entry : entries) {
        SCOPED_TRACE(entry.file + ": " + entry.expected);
        if (entry.expected.rfind("refuse", 0) == 0) {
            check_refused(entry);
        } else {
            check_included(entry, false, scratch);
        }
    }
}

// The immigration court's profile prints every page on US Letter: the corpus's odd sizes,
// rotations and boxes shrink onto it with every word and every stamp still there.
TEST(Conformance, EachIncludedFileFitsOnLetterPaperWhenTheForumAsks) {
    auto entries = corpus_manifest();
    if (entries.empty()) GTEST_SKIP() << "no conformance corpus at " << corpus_dir();
    auto scratch = testing::make_scratch_dir("conformance-letter");
    for (const auto& entry : entries) {
        if (entry.expected.rfind("refuse", 0) == 0) continue;
        SCOPED_TRACE(entry.file + ": " + entry.expected);
        check_included(entry, true, scratch);
    }
}

}  // namespace
}  // namespace amparo::packet

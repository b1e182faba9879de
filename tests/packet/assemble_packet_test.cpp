// Packets of generated exhibits (mixed sizes, rotations, box origins) read back by pdftotext,
// pdfinfo and qpdf: the stamps, the tab pages, the bookmarks and the bytes.
#include <gtest/gtest.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <regex>
#include <set>

#include "packet/assemble_packet.hpp"
#include "packet/generated_pdfs.hpp"
#include "packet/packet_check.hpp"
#include "packet/packet_reader.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo::packet {
namespace {

using testing::GeneratedPage;

struct Fixture {
    std::filesystem::path dir;
    PacketInputs inputs;
};

Fixture mixed_packet(StampOptions stamp = {}) {
    Fixture fixture;
    fixture.dir = testing::make_scratch_dir("packet");
    std::vector<std::pair<PacketExhibit, std::string>> exhibits = {
        {{"passport", "A", "Passport of the applicant", 3}, testing::letter_pdf("Passport", 3)},
        {{"records", "B", "Medical records", 5},
         testing::generated_pdf(
             "Records", {GeneratedPage{0, 0, 595, 842, 90}, GeneratedPage{0, 0, 612, 1008, 0},
                         GeneratedPage{0, 0, 792, 612, 180}, GeneratedPage{100, 200, 612, 792, 270},
                         GeneratedPage{0, 0, 842, 1191, 0}})},
        {{"letter", "C", "Letter from the pastor", 1},
         testing::generated_pdf("Letter", {GeneratedPage{-50, -50, 300, 400, 0}})},
    };
    std::vector<PacketExhibit> list;
    for (auto& [exhibit, bytes] : exhibits) {
        auto file = fixture.dir / (exhibit.id + ".pdf");
        testing::write_file(file, bytes);
        fixture.inputs.exhibit_files.push_back(file);
        list.push_back(exhibit);
    }
    fixture.inputs.map = compute_page_map(2, list);
    fixture.inputs.front_matter_pdf = testing::letter_pdf("Front", 2);
    fixture.inputs.tab_pages_pdf = testing::letter_pdf("Tab", 3);
    fixture.inputs.stamp = stamp;
    return fixture;
}

std::filesystem::path write_packet(const Fixture& fixture, const PacketResult& result) {
    EXPECT_EQ(result.parts.size(), 1u);
    auto file = fixture.dir / "exhibits.pdf";
    testing::write_file(file, result.parts.empty() ? std::string() : result.parts[0].bytes);
    return file;
}

TEST(AssemblePacket, EveryPageCarriesItsNumberInOrder) {
    auto fixture = mixed_packet();
    auto result = assemble_packet(fixture.inputs);
    auto file = write_packet(fixture, result);
    ASSERT_EQ(testing::pdfinfo_pages(file), 14);
    for (int page = 1; page <= 14; ++page) {
        std::string text = testing::page_text(file, page);
        EXPECT_NE(text.find("Page " + std::to_string(page) + "\n"), std::string::npos)
            << "page " << page << ":\n"
            << text;
    }
    // The sources' own text follows the stamps: the tab of B, then B's five pages.
    EXPECT_NE(testing::page_text(file, 7).find("Tab page 2"), std::string::npos);
    EXPECT_NE(testing::page_text(file, 8).find("Records page 1"), std::string::npos);
    EXPECT_NE(testing::page_text(file, 12).find("Records page 5"), std::string::npos);
}

TEST(AssemblePacket, BatesPrefixOnEveryPage) {
    auto fixture = mixed_packet({"DOE", false});
    auto file = write_packet(fixture, assemble_packet(fixture.inputs));
    for (int page = 1; page <= 14; ++page) {
        char expected[16];
        std::snprintf(expected, sizeof expected, "DOE-%06d", page);
        EXPECT_NE(testing::page_text(file, page).find(expected), std::string::npos) << page;
    }
}

TEST(AssemblePacket, EvidencePagesCarryExhibitPageOfCount) {
    auto fixture = mixed_packet({"", true});
    auto file = write_packet(fixture, assemble_packet(fixture.inputs));
    EXPECT_NE(testing::page_text(file, 10).find("Exhibit B, page 3 of 5"), std::string::npos);
    EXPECT_NE(testing::page_text(file, 14).find("Exhibit C, page 1 of 1"), std::string::npos);
}

// pdftotext -bbox gives each word's box: the stamp's "Page" must be wider than tall (upright, not
// running up the page) and inside the page; on unrotated pages, in its bottom fifth. (Where a
// rotated page's stamp lands for the reader is checked by PageStamp.UprightAndInsideTheBoxFor-
// EveryRotation and was looked at as rendered images.)
TEST(AssemblePacket, StampIsUprightAndInsideEveryPage) {
    auto fixture = mixed_packet();
    auto file = write_packet(fixture, assemble_packet(fixture.inputs));
    const std::set<int> unrotated = {9, 12, 14};
    for (int page = 8; page <= 14; ++page) {
        if (page == 13) continue;  // the tab page of C
        auto html = testing::run_command({"pdftotext", "-bbox", "-f", std::to_string(page), "-l",
                                          std::to_string(page), file.string(), "-"})
                        .out;
        std::smatch size;
        ASSERT_TRUE(std::regex_search(
            html, size, std::regex(R"re(<page width="([0-9.]+)" height="([0-9.]+)")re")));
        double width = std::stod(size[1]), height = std::stod(size[2]);
        std::smatch word;
        std::regex stamp_word(
            "<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" xMax=\"([0-9.-]+)\" "
            "yMax=\"([0-9.-]+)\">Page</word>");
        ASSERT_TRUE(std::regex_search(html, word, stamp_word)) << "page " << page << "\n" << html;
        double x0 = std::stod(word[1]), y0 = std::stod(word[2]);
        double x1 = std::stod(word[3]), y1 = std::stod(word[4]);
        EXPECT_GT(x1 - x0, (y1 - y0) * 1.5) << "not upright on page " << page;
        EXPECT_GE(x0, 0) << page;
        EXPECT_LE(x1, width) << page;
        EXPECT_GE(y0, 0) << page;
        EXPECT_LE(y1, height) << page;
        if (unrotated.count(page)) {
            EXPECT_GT(y0, height * 0.8) << "not at the bottom of page " << page;
        }
    }
}

// Exhibit B's pages as the reader sees them: A4 sideways, US Legal, Letter landscape, Letter,
// A3 (page 12 of the packet).
TEST(AssemblePacket, PagesKeepTheirSizeAndOddSizesAreReported) {
    auto fixture = mixed_packet();
    auto result = assemble_packet(fixture.inputs);
    auto file = write_packet(fixture, result);
    auto info = testing::run_command({"pdfinfo", "-f", "9", "-l", "9", file.string()}).out;
    EXPECT_NE(info.find("612 x 1008"), std::string::npos) << info;
    std::string note, warning;
    for (const auto& problem : result.diagnostics) {
        (problem.severity == Severity::Warning ? warning : note) += problem.message;
    }
    EXPECT_NE(
        warning.find("3 page(s) of exhibit records are not US Letter (A4 landscape; US Legal; "
                     "A3) and keep their size; 1 of them larger than US Legal"),
        std::string::npos)
        << warning;
    // Exhibit C's 300 x 400 pt page is small, not oversized.
    EXPECT_NE(note.find("1 page(s) of exhibit letter are not US Letter (300 \u00d7 400 pt)"),
              std::string::npos)
        << note;
}

// Under fit_to_letter every exhibit page is printed on US Letter: larger ones shrunk, the small
// 300 x 400 page (14) centred at its own size; the letter page (11) is left as it was.
TEST(AssemblePacket, EveryPageIsPrintedOnLetterWhenAsked) {
    auto fixture = mixed_packet();
    fixture.inputs.fit_to_letter = true;
    auto result = assemble_packet(fixture.inputs);
    auto file = write_packet(fixture, result);
    for (const char* page : {"9", "12", "14"}) {
        auto info = testing::run_command({"pdfinfo", "-f", page, "-l", page, file.string()}).out;
        EXPECT_NE(info.find("612 x 792"), std::string::npos) << info;
    }
    std::string notes;
    for (const auto& problem : result.diagnostics) notes += problem.message + "\n";
    EXPECT_NE(notes.find("3 page(s) of exhibit records are not US Letter (A4 landscape; US Legal; "
                         "A3) and were put on letter paper: 3 scaled down to fit with room for "
                         "the stamp"),
              std::string::npos)
        << notes;
    EXPECT_NE(notes.find("1 page(s) of exhibit letter are not US Letter (300 × 400 pt) and were "
                         "put on letter paper: 1 centred at their own size"),
              std::string::npos)
        << notes;
}

TEST(AssemblePacket, OneBookmarkPerExhibitAtItsTabPage) {
    auto fixture = mixed_packet();
    auto file = write_packet(fixture, assemble_packet(fixture.inputs));
    auto entries = testing::outline(file);
    ASSERT_EQ(entries.size(), 3u);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& placement = fixture.inputs.map.exhibits[i];
        EXPECT_EQ(entries[i].title,
                  "Exhibit " + placement.exhibit.tab + ": " + placement.exhibit.title);
        EXPECT_EQ(entries[i].page, placement.tab_page);
        EXPECT_NE(testing::page_text(file, entries[i].page).find("Tab page"), std::string::npos);
    }
}

TEST(AssemblePacket, QpdfCheckPassesAndTwoRunsGiveTheSameBytes) {
    auto fixture = mixed_packet();
    auto first = assemble_packet(fixture.inputs);
    auto second = assemble_packet(fixture.inputs);
    ASSERT_EQ(first.parts.size(), 1u);
    ASSERT_EQ(second.parts.size(), 1u);
    EXPECT_TRUE(first.parts[0].bytes == second.parts[0].bytes);
    auto file = write_packet(fixture, first);
    std::string output;
    EXPECT_TRUE(testing::qpdf_check(file, output)) << output;
    EXPECT_EQ(testing::run_command({"qpdf", "--show-encryption", file.string()})
                  .out.find("File is not encrypted"),
              0u);
}

// The packet assembled again under a forum limit of `fraction` of its size in one file.
PacketResult assembled_under_limit(Fixture& fixture, double fraction) {
    auto whole = assemble_packet(fixture.inputs);
    EXPECT_EQ(whole.parts.size(), 1u);
    const double bytes = whole.parts.empty() ? 0 : static_cast<double>(whole.parts[0].bytes.size());
    fixture.inputs.max_part_bytes = static_cast<std::size_t>(bytes * fraction);
    return assemble_packet(fixture.inputs);
}

// A forum limit below the packet's size: parts end between exhibits, and the numbers stamped on
// the pages run on from one part to the next.
TEST(AssemblePacket, SplitAtASizeLimitKeepsExhibitsWholeAndNumberingContinuous) {
    auto fixture = mixed_packet();
    auto result = assembled_under_limit(fixture, 2.0 / 3);
    ASSERT_GE(result.parts.size(), 2u);
    int next_page = 1;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < result.parts.size(); ++i) {
        const auto& part = result.parts[i];
        SCOPED_TRACE("part " + std::to_string(i + 1));
        if (part.exhibit_ids.size() > 1) {
            EXPECT_LE(part.bytes.size(), fixture.inputs.max_part_bytes);
        }
        EXPECT_EQ(part.first_page, next_page);
        auto file = fixture.dir / ("exhibits_Part" + std::to_string(i + 1) + ".pdf");
        testing::write_file(file, part.bytes);
        std::string output;
        EXPECT_TRUE(testing::qpdf_check(file, output)) << output;
        int pages = testing::pdfinfo_pages(file);
        EXPECT_EQ(pages, part.last_page - part.first_page + 1);
        for (int page = 1; page <= pages; ++page) {
            EXPECT_NE(testing::page_text(file, page).find("Page " + std::to_string(next_page)),
                      std::string::npos)
                << "page " << page << " of the part";
            ++next_page;
        }
        EXPECT_EQ(testing::outline(file).size(), part.exhibit_ids.size());
        // Each part ends where an exhibit ends.
        EXPECT_EQ(part.last_page, fixture.inputs.map.find(part.exhibit_ids.back())->last_page);
        ids.insert(ids.end(), part.exhibit_ids.begin(), part.exhibit_ids.end());
    }
    EXPECT_EQ(next_page, 15);
    EXPECT_EQ(ids, (std::vector<std::string>{"passport", "records", "letter"}));
}

TEST(AssemblePacket, FinalCheckPassesOnEveryPartAndCatchesAMissingStamp) {
    auto fixture = mixed_packet();
    auto whole = assemble_packet(fixture.inputs);
    ASSERT_EQ(whole.parts.size(), 1u);
    auto check = check_packet_part(whole.parts[0], fixture.inputs.map, {}, 0);
    EXPECT_TRUE(check.ok) << ::testing::PrintToString(check.problems);
    EXPECT_EQ(check.pages, 14);
    EXPECT_EQ(check.stamped_pages, 14);
    EXPECT_EQ(check.bookmarks, 3);
    EXPECT_FALSE(check.encrypted);
    EXPECT_FALSE(check_packet_part(whole.parts[0], fixture.inputs.map, {"DOE", false}, 0).ok);
    EXPECT_FALSE(check_packet_part(whole.parts[0], fixture.inputs.map, {}, 1000).ok);
    fixture.inputs.max_part_bytes = whole.parts[0].bytes.size() * 2 / 3;
    for (const auto& part : assemble_packet(fixture.inputs).parts) {
        auto part_check = check_packet_part(part, fixture.inputs.map, {}, 0);
        EXPECT_TRUE(part_check.ok) << ::testing::PrintToString(part_check.problems);
    }
}

// A stamp a reader would cut off fails the check: page 3's visible area made its upper half
// after stamping, as a later edit of the CropBox would.
TEST(AssemblePacket, FinalCheckCatchesAStampOutsideTheVisiblePage) {
    auto fixture = mixed_packet();
    auto whole = assemble_packet(fixture.inputs);
    ASSERT_EQ(whole.parts.size(), 1u);
    QPDF pdf;
    pdf.processMemoryFile("packet", whole.parts[0].bytes.data(), whole.parts[0].bytes.size());
    QPDFObjectHandle page = pdf.getAllPages()[2];
    page.replaceKey("/CropBox", QPDFObjectHandle::parse("[0 396 612 792]"));
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    PacketPart cropped = whole.parts[0];
    cropped.bytes.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
    auto check = check_packet_part(cropped, fixture.inputs.map, {}, 0);
    EXPECT_FALSE(check.ok);
    EXPECT_EQ(check.stamped_pages, 13);
    EXPECT_EQ(check.problems,
              std::vector<std::string>{"the stamp of page 3 is not inside the visible page"});
}

// Exhibit A in Spanish (2 pages) with its translation (2 pages) and the translator's
// certificate under the same tab, exhibit B without, then a certificate of service.
Fixture translated_packet() {
    Fixture fixture;
    fixture.dir = testing::make_scratch_dir("packet-translated");
    auto write = [&](const std::string& name, const std::string& bytes) {
        testing::write_file(fixture.dir / name, bytes);
        return fixture.dir / name;
    };
    fixture.inputs.exhibit_files = {write("acta.pdf", testing::letter_pdf("Acta", 2)),
                                    write("photo.pdf", testing::letter_pdf("Photo", 1))};
    fixture.inputs.translation_files = {write("acta-en.pdf", testing::letter_pdf("Birth", 2)), {}};
    fixture.inputs.map = compute_page_map(
        1, {{"acta", "A", "Acta de nacimiento", 2, 2, 1}, {"photo", "B", "Photograph", 1}}, 1);
    fixture.inputs.front_matter_pdf = testing::letter_pdf("Front", 1);
    fixture.inputs.tab_pages_pdf = testing::letter_pdf("Tab", 2);
    fixture.inputs.certificates_pdf = testing::letter_pdf("Certificate", 1);
    fixture.inputs.closing_pdf = testing::letter_pdf("Service", 1);
    return fixture;
}

TEST(AssemblePacket, TranslationAndCertificateFollowTheOriginalUnderItsTab) {
    auto fixture = translated_packet();
    fixture.inputs.stamp.exhibit_page_labels = true;
    auto file = write_packet(fixture, assemble_packet(fixture.inputs));
    const std::vector<std::string> expected = {
        "Front page 1", "Tab page 1",         "Acta page 1", "Acta page 2",  "Birth page 1",
        "Birth page 2", "Certificate page 1", "Tab page 2",  "Photo page 1", "Service page 1"};
    ASSERT_EQ(testing::pdfinfo_pages(file), 10);
    for (int page = 1; page <= 10; ++page) {
        std::string text = testing::page_text(file, page);
        EXPECT_NE(text.find(expected[static_cast<std::size_t>(page - 1)]), std::string::npos)
            << page << ":\n"
            << text;
        EXPECT_NE(text.find("Page " + std::to_string(page)), std::string::npos) << page;
    }
    // "of 5": the exhibit's label counts its translation and certificate.
    EXPECT_NE(testing::page_text(file, 5).find("Exhibit A, page 3 of 5"), std::string::npos);
    EXPECT_NE(testing::page_text(file, 7).find("Exhibit A, page 5 of 5"), std::string::npos);
    auto entries = testing::outline(file);
    ASSERT_EQ(entries.size(), 2u);
    ASSERT_EQ(entries[0].children.size(), 2u);
    EXPECT_EQ(entries[0].children[0].title, "English translation");
    EXPECT_EQ(entries[0].children[0].page, 5);
    EXPECT_EQ(entries[0].children[1].title, "Translator's certificate");
    EXPECT_EQ(entries[0].children[1].page, 7);
    EXPECT_EQ(entries[1].page, 8);
}

TEST(AssemblePacket, SplitPartsEndWithTheCertificateOfService) {
    auto fixture = translated_packet();
    auto result = assembled_under_limit(fixture, 3.0 / 4);
    ASSERT_EQ(result.parts.size(), 2u);
    const auto& last = result.parts.back();
    EXPECT_EQ(last.last_page, 10);
    auto file = fixture.dir / "exhibits_Part2.pdf";
    testing::write_file(file, last.bytes);
    int pages = testing::pdfinfo_pages(file);
    EXPECT_NE(testing::page_text(file, pages).find("Service page 1"), std::string::npos);
    EXPECT_TRUE(check_packet_part(last, fixture.inputs.map, {}, 0).ok);
}

TEST(AssemblePacket, AFileChangedSinceItWasCountedIsAnErrorNamingTheExhibit) {
    auto fixture = mixed_packet();
    testing::write_file(fixture.inputs.exhibit_files[1], "<html>expired</html>");
    auto result = assemble_packet(fixture.inputs);
    EXPECT_TRUE(result.parts.empty());
    ASSERT_FALSE(result.diagnostics.empty());
    EXPECT_EQ(result.diagnostics.back().severity, Severity::Error);
    EXPECT_EQ(result.diagnostics.back().path, "records");
    EXPECT_NE(result.diagnostics.back().message.find("not a PDF"), std::string::npos);
}

}  // namespace
}  // namespace amparo::packet

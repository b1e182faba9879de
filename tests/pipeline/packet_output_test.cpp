// The built samples' exhibit packets read back: their tab pages fall where the report's page map
// says, and the exhibit index, the brief and the declaration cite those same pages.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>

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

// One sample's packet against its report's page map, its exhibit index and its brief.
void check_sample_packet(const fs::path& folder, const nlohmann::json& packet) {
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
    const std::string declaration = squeeze(text_of(folder / "declaration.pdf"));
    ASSERT_FALSE(packet["exhibits"].empty());
    int cites = 0;
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
        // Every citation of this exhibit in the brief and the declaration gives these pages.
        for (const auto* document : {&brief, &declaration}) {
            const std::string cite = "Ex. " + tab + " at ";
            for (auto at = document->find(cite); at != std::string::npos;
                 at = document->find(cite, at + 1)) {
                EXPECT_EQ(document->compare(at + cite.size(), range.size(), range), 0)
                    << document->substr(at, 40) << " is not at " << range;
                ++cites;
            }
        }
    }
    EXPECT_GT(cites, 0) << "no document cites an exhibit at its packet pages:\n" << brief;
    auto outline = nlohmann::json::parse(
        testing::run_command({"qpdf", "--json=2", "--json-key=outlines", pdf.string()}).out);
    ASSERT_EQ(outline["outlines"].size(), packet["exhibits"].size());
    for (std::size_t i = 0; i < outline["outlines"].size(); ++i) {
        EXPECT_EQ(outline["outlines"][i]["destpageposfrom1"], packet["exhibits"][i]["tab_page"]);
    }
}

TEST(PacketOutput, EverySamplesPacketFollowsOnePageMap) {
    int packets = 0;
    for (const auto& id : testing::sample_ids()) {
        SCOPED_TRACE(id);
        const fs::path folder = testing::built_samples() / id;
        auto report = nlohmann::json::parse(testing::read_file(folder / "report.json"));
        if (!report.contains("packet")) {
            // No exhibit file, no packet: citations name the exhibit without pages.
            EXPECT_FALSE(fs::exists(folder / "exhibits.pdf"));
            const std::string brief = squeeze(text_of(folder / "brief.pdf"));
            EXPECT_FALSE(std::regex_search(brief, std::regex(R"(Exs?\. [A-Z]+ at [0-9])")));
            continue;
        }
        ++packets;
        check_sample_packet(folder, report["packet"]);
    }
    EXPECT_GE(packets, 2);
}

// herrera's press card has its translation in a file of its own: both sit under the card's tab,
// with the translator's certificate after them. ramirez is served on DHS: its packet ends with
// the certificate of service, which its index lists.
TEST(PacketOutput, TranslationCertificateAndCertificateOfService) {
    const fs::path herrera = testing::built_samples() / "herrera-journalist";
    auto report = nlohmann::json::parse(testing::read_file(herrera / "report.json"));
    const auto& card = report["packet"]["exhibits"][0];
    ASSERT_EQ(card["id"], "press-card");
    const int first = card["first_page"], last = card["last_page"];
    const fs::path pdf = herrera / "exhibits.pdf";
    EXPECT_NE(text_of(pdf, first, first).find("CREDENCIAL DE PRENSA"), std::string::npos);
    EXPECT_NE(text_of(pdf, last - 1, last - 1).find("ENGLISH TRANSLATION"), std::string::npos);
    const std::string certificate = squeeze(text_of(pdf, last, last));
    EXPECT_NE(certificate.find("Certificate of Translation"), std::string::npos) << certificate;
    EXPECT_NE(certificate.find("I, Marcos Ibarra Peña, certify that I am competent to translate "
                               "from Spanish into English"),
              std::string::npos)
        << certificate;
    EXPECT_NE(certificate.find("800 Sample Avenue, El Paso, TX 79901"), std::string::npos);
    EXPECT_NE(certificate.find("(575) 555-0120"), std::string::npos);
    // An affirmative application is not served on DHS.
    EXPECT_EQ(text_of(pdf).find("Certificate of Service"), std::string::npos);

    const fs::path ramirez = testing::built_samples() / "ramirez-business-extortion";
    auto ramirez_report = nlohmann::json::parse(testing::read_file(ramirez / "report.json"));
    const int total = ramirez_report["packet"]["pages"];
    const fs::path packet = ramirez / "exhibits.pdf";
    const std::string service = squeeze(text_of(packet, total, total));
    EXPECT_NE(service.find("Certificate of Service"), std::string::npos) << service;
    EXPECT_NE(service.find("Office of the Principal Legal Advisor, Houston"), std::string::npos)
        << service;
    // The index's row, read in layout order (plain pdftotext reads the table's last cells out
    // of order).
    const int index_last = ramirez_report["packet"]["exhibits"][0]["tab_page"].get<int>() - 1;
    const std::string index =
        testing::run_command(
            {"pdftotext", "-layout", "-l", std::to_string(index_last), packet.string(), "-"})
            .out;
    EXPECT_TRUE(std::regex_search(
        index, std::regex("Certificate of Service +" + std::to_string(total) + "\\s")))
        << index;
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

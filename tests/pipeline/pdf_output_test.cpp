// The built PDFs read back with real readers: qpdf, pdffonts, pdfinfo, pdftotext, and qpdf's
// JSON view of the outline.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "pipeline/built_samples.hpp"
#include "support/built_markdown.hpp"
#include "support/run_command.hpp"
#include "support/squeeze.hpp"
#include "support/test_paths.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using testing::built_samples;
using ::testing::HasSubstr;
using testing::run_command;
using testing::sample_ids;

const char* kDocuments[] = {"declaration", "exhibit-index", "brief"};

std::string text_of(const fs::path& pdf, int first = 0, int last = 0) {
    std::vector<std::string> argv = {"pdftotext", "-layout"};
    if (first > 0) {
        argv.insert(argv.end(), {"-f", std::to_string(first), "-l", std::to_string(last)});
    }
    argv.insert(argv.end(), {pdf.string(), "-"});
    auto result = run_command(argv);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
}

using testing::squeeze;

TEST(PdfOutput, ReadersAreInstalled) {
    for (const char* tool : {"qpdf", "pdftotext", "pdffonts", "pdfinfo"}) {
        EXPECT_TRUE(testing::program_available(tool))
            << tool << " is missing: ci/setup.sh --tests installs poppler-utils and qpdf";
    }
}

TEST(PdfOutput, QpdfCheckPassesAndFontsAreEmbedded) {
    for (const auto& id : sample_ids()) {
        for (const char* name : kDocuments) {
            auto pdf = built_samples() / id / (std::string(name) + ".pdf");
            auto check = run_command({"qpdf", "--check", pdf.string()});
            EXPECT_EQ(check.exit_code, 0) << pdf << "\n" << check.out;
            auto fonts = run_command({"pdffonts", pdf.string()});
            std::istringstream lines(fonts.out);
            std::string line;
            int faces = 0;
            while (std::getline(lines, line)) {
                if (line.find("LiberationSerif") == std::string::npos) continue;
                ++faces;
                EXPECT_THAT(line, HasSubstr("yes yes yes")) << pdf << ": " << line;
            }
            EXPECT_GE(faces, 1) << pdf;
        }
    }
}

TEST(PdfOutput, PdfinfoShowsTitleAndTheReportedPageCount) {
    for (const auto& id : sample_ids()) {
        auto report =
            nlohmann::json::parse(testing::read_file(built_samples() / id / "report.json"));
        for (const auto& document : report["documents"]) {
            auto pdf = built_samples() / id / (document["name"].get<std::string>() + ".pdf");
            auto info = run_command({"pdfinfo", pdf.string()}).out;
            EXPECT_THAT(info,
                        ::testing::ContainsRegex(
                            "Pages: +" + std::to_string(document["pages"].get<int>()) + "\n"));
            EXPECT_THAT(info,
                        ::testing::ContainsRegex("Title: +(Declaration of|Index of Exhibits|Brief|"
                                                 "Consistency with Prior Statements)"));
            EXPECT_THAT(info, HasSubstr("CreationDate:    Tue Nov 14 22:13:20 2023 UTC")) << pdf;
        }
    }
}

TEST(PdfOutput, TextComesBackInReadingOrderWithSpanishCharacters) {
    auto dir = built_samples() / "ramirez-business-extortion";
    std::string brief = squeeze(text_of(dir / "brief.pdf"));
    auto facts = brief.find("Statement of Facts", brief.find("Table of Authorities") + 20);
    auto argument = brief.find("Respondent Is Eligible for Asylum", facts);
    auto conclusion = brief.find("respectfully asks", argument);
    EXPECT_NE(facts, std::string::npos);
    EXPECT_NE(argument, std::string::npos);
    EXPECT_NE(conclusion, std::string::npos);
    EXPECT_THAT(brief, HasSubstr("Joaquín Ramírez Ochoa"));
    EXPECT_THAT(brief, HasSubstr("Decl. ¶¶ 12–17"));
    std::string declaration = squeeze(text_of(dir / "declaration.pdf"));
    EXPECT_THAT(
        declaration,
        HasSubstr("“Aquí se paga o se muere. Tienes una semana, o venimos por tu chamaco.”"));
    EXPECT_THAT(declaration, HasSubstr("Michoacán"));
    EXPECT_THAT(
        declaration,
        HasSubstr("I declare under penalty of perjury that the foregoing is true and correct."));
}

TEST(PdfOutput, TableOfContentsPageNumbersAreWhereTheHeadingsAre) {
    for (const auto& id : sample_ids()) {
        auto pdf = built_samples() / id / "brief.pdf";
        std::istringstream toc(text_of(pdf, 2, 2));
        std::regex entry(R"(^\s*(.*?)\s*(?:\.\s*){3,}(\d+)\s*$)");
        std::string line;
        int checked = 0;
        while (std::getline(toc, line)) {
            std::smatch match;
            if (!std::regex_match(line, match, entry)) continue;
            int page = std::stoi(match[2]);
            std::string title = squeeze(match[1]);
            // The title's first words are on that page (long titles wrap in the TOC).
            std::string start = title.substr(0, std::min<std::size_t>(title.size(), 30));
            EXPECT_THAT(squeeze(text_of(pdf, page, page)), HasSubstr(start)) << id << ": " << line;
            ++checked;
        }
        EXPECT_GE(checked, 8) << id;
    }
}

void collect_titles(const nlohmann::json& items, std::vector<std::string>& titles) {
    for (const auto& item : items) {
        titles.push_back(item["title"]);
        collect_titles(item["kids"], titles);
    }
}

TEST(PdfOutput, OutlineListsEveryHeading) {
    for (const auto& id : sample_ids()) {
        auto dir = built_samples() / id;
        auto json = nlohmann::json::parse(
            run_command({"qpdf", "--json", "--json-key=outlines", (dir / "brief.pdf").string()})
                .out);
        std::vector<std::string> titles;
        collect_titles(json["outlines"][0]["kids"], titles);
        std::vector<std::string> headings = {"Table of Contents", "Table of Authorities"};
        std::istringstream markdown(testing::without_tables(testing::read_file(dir / "brief.md")));
        std::string line;
        while (std::getline(markdown, line)) {
            if (line.rfind("#", 0) == 0) headings.push_back(line.substr(line.find(' ') + 1));
        }
        EXPECT_EQ(titles, headings) << id;
    }
}

TEST(PdfOutput, PlaceholdersAreVisibleInThePdf) {
    std::string brief = squeeze(text_of(built_samples() / "lopez-family-of-officer" / "brief.pdf"));
    // The lopez sample records no positive equities: the discretion part asks for them.
    EXPECT_THAT(brief, HasSubstr("[[TO COMPLETE: the equities favoring a grant "
                                 "(applicant.positive_equities)]]"));
}

TEST(PdfOutput, TwoBuildsAreByteIdentical) {
    auto again = testing::make_scratch_dir("samples-again");
    auto result = run_command({testing::amparo_binary().string(), "build", "samples/", "-o",
                               again.string(), "--formats", "pdf,docx,md"},
                              testing::source_dir());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    int compared = 0, packets = 0, memos = 0;
    for (const auto& entry : fs::recursive_directory_iterator(built_samples())) {
        if (!entry.is_regular_file()) continue;
        auto other = again / fs::relative(entry.path(), built_samples());
        EXPECT_EQ(testing::read_file(entry.path()), testing::read_file(other)) << entry.path();
        ++compared;
        if (entry.path().filename() == "exhibits.pdf") ++packets;
        if (entry.path().filename() == "consistency.pdf") ++memos;
    }
    // Ten files per sample, the consistency memo in three formats for the samples with prior
    // statements, the exhibit packet of the samples that have exhibit files, and the batch's
    // summary.json.
    EXPECT_GE(packets, 1);
    EXPECT_GE(memos, 1);
    EXPECT_EQ(compared, 6 * 10 + 3 * memos + packets + 1);
}

}  // namespace
}  // namespace amparo

// The hardening issue's repros run through the amparo binary: damaged exhibit PDFs, a batch
// that goes on past a failing case, owner-only outputs, whole case folders, forged placeholders,
// control characters, words wider than their box, and output folders refused up front.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <set>

#include "cli/amparo_run.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using testing::fixture;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_amparo;

// The minimal valid case under another id, with `claims: {}` replaced by `tail` (which may add
// exhibits), written as DIR/NAME.yaml.
fs::path minimal_case(const fs::path& dir, const std::string& id, const std::string& tail = "",
                      const std::string& name = "") {
    std::string text = testing::read_file(fixture("valid/minimal.yaml"));
    text.replace(text.find("id: minimal"), 11, "id: " + id);
    if (!tail.empty()) text.replace(text.find("claims: {}"), 10, "claims: {}\n" + tail);
    auto file = dir / ((name.empty() ? id : name) + ".yaml");
    testing::write_file(file, text);
    return file;
}

std::string exhibit_with_file(const std::string& id, const std::string& file) {
    return "exhibits:\n  - id: " + id + "\n    title: t\n    kind: other\n    file: " + file + "\n";
}

// A one-page PDF whose page dictionary carries `extra`, with a correct cross-reference table.
std::string pdf_with_page_entry(const std::string& extra) {
    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + extra + " >>"};
    std::string out = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    std::size_t xref = out.size();
    out += "xref\n0 4\n0000000000 65535 f \n";
    for (auto offset : offsets) {
        std::string number = std::to_string(offset);
        out += std::string(10 - number.size(), '0') + number + " 00000 n \n";
    }
    out += "trailer << /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

std::string repeated(const std::string& part, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += part;
    return out;
}

// Every line amparo printed about an exhibit file is an error at that file's line (21:11 in the
// minimal case) naming the exhibit: never a crash, never a message without a place.
void expect_only_exhibit_errors(const testing::CommandResult& result) {
    ASSERT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.err;
    std::istringstream lines(result.err);
    std::string line;
    static const std::regex exhibit_error(
        R"(.*\.yaml:21:11: error: exhibits\[0\]\.file: the file of exhibit [a-z0-9-]+ is (not a readable PDF: .+|not a PDF[ :].+|an empty file .+|a PDF with no pages|protected by a password .+|damaged: .+))");
    while (std::getline(lines, line)) {
        if (line.find(": error: ") == std::string::npos) continue;
        EXPECT_TRUE(std::regex_match(line, exhibit_error)) << line;
    }
}

TEST(Hardening, PathologicalExhibitPdfsNeverCrashValidateOrBuild) {
    auto dir = testing::make_scratch_dir("hostile-pdfs");
    const std::map<std::string, std::string> pdfs = {
        {"nested-arrays", pdf_with_page_entry("/X " + repeated("[", 1000) + repeated("]", 1000))},
        {"long-name", pdf_with_page_entry("/X /" + std::string(1000000, 'a'))},
        {"nested-dicts",
         pdf_with_page_entry("/X " + repeated("<< /A ", 100000) + "1" + repeated(" >>", 100000))},
        {"no-pages",
         "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << "
         "/Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"},
        {"renamed-text", "Minutes of the meeting, saved as text.\n"},
        {"empty", ""},
        {"web-page", "<!DOCTYPE html>\n<html><body>Your session has expired.</body></html>\n"},
        {"truncated", pdf_with_page_entry("").substr(0, 120)}};
    for (const auto& [id, bytes] : pdfs) {
        testing::write_file(dir / (id + ".pdf"), bytes);
        minimal_case(dir, id, exhibit_with_file(id, id + ".pdf"));
    }
    // A file that opens only with its user password, as a court's e-filing system refuses it.
    testing::write_file(dir / "plain.pdf.in", pdf_with_page_entry(""));
    ASSERT_EQ(
        testing::run_command({"qpdf", "--encrypt", "user", "owner", "256", "--",
                              (dir / "plain.pdf.in").string(), (dir / "password.pdf").string()})
            .exit_code,
        0);
    minimal_case(dir, "password", exhibit_with_file("password", "password.pdf"));
    auto validated = run_amparo({"validate", dir.string()});
    expect_only_exhibit_errors(validated);
    EXPECT_THAT(validated.err,
                HasSubstr("no-pages.yaml:21:11: error: exhibits[0].file: the file of exhibit "
                          "no-pages is a PDF with no pages"));
    EXPECT_THAT(validated.err, HasSubstr("renamed-text.yaml:21:11: error: exhibits[0].file: the "
                                         "file of exhibit renamed-text is not a PDF (it does not "
                                         "start with %PDF-)"));
    EXPECT_THAT(validated.err, HasSubstr("empty.yaml:21:11: error: exhibits[0].file: the file of "
                                         "exhibit empty is an empty file (0 bytes), not a PDF"));
    EXPECT_THAT(validated.err,
                HasSubstr("web-page.yaml:21:11: error: exhibits[0].file: the file of exhibit "
                          "web-page is not a PDF: its content looks like a web page (HTML)"));
    EXPECT_THAT(validated.err,
                HasSubstr("password.yaml:21:11: error: exhibits[0].file: the file of exhibit "
                          "password is protected by a password"));
    EXPECT_THAT(validated.err, HasSubstr("9 case files checked"));
    auto built =
        run_amparo({"build", dir.string(), "-o", (dir / "out").string(), "--formats", "md"});
    expect_only_exhibit_errors(built);
    // What qpdf can read is a usable exhibit (this page has no content stream: blank, not
    // damaged); the batch went on past what it cannot read. A page object nested too deep for
    // qpdf to read is lost, as a page behind the cut of a truncated file is: its page would come
    // out blank, so the exhibit is refused rather than filed with a blank page.
    EXPECT_TRUE(fs::exists(dir / "out/long-name/report.json")) << built.err;
    EXPECT_THAT(built.err, HasSubstr("nested-dicts.yaml:21:11: error: exhibits[0].file: the file "
                                     "of exhibit nested-dicts is damaged: the content of page 1 "
                                     "is missing (it would come out blank)"));
    EXPECT_FALSE(fs::exists(dir / "out/nested-dicts"));
    EXPECT_FALSE(fs::exists(dir / "out/no-pages"));
}

// A translation's own file is read like the exhibit's, and its problem points at its own value
// (line 22, column 52: where `acta-en.pdf` starts).
TEST(Hardening, ATranslationFileThatIsNotAPdfIsAnErrorAtItsLine) {
    auto dir = testing::make_scratch_dir("translation-file");
    testing::write_file(dir / "acta.pdf", pdf_with_page_entry(""));
    testing::write_file(dir / "acta-en.pdf", "<html>session expired</html>\n");
    minimal_case(dir, "translated",
                 exhibit_with_file("acta", "acta.pdf") +
                     "    translation: {translator: T. Translator, file: acta-en.pdf}\n");
    auto validated = run_amparo({"validate", dir.string()});
    EXPECT_EQ(validated.exit_code, 1);
    EXPECT_THAT(validated.err,
                HasSubstr("translated.yaml:22:52: error: exhibits[0].translation.file: the file "
                          "of the translation of exhibit acta is not a PDF"));
}

TEST(Hardening, RandomByteMutationsOfRealExhibitsNeverCrash) {
    auto dir = testing::make_scratch_dir("mutated-pdfs");
    std::vector<std::string> originals;
    for (const auto& entry :
         fs::recursive_directory_iterator(testing::source_dir() / "samples/exhibits")) {
        if (entry.path().extension() == ".pdf")
            originals.push_back(testing::read_file(entry.path()));
    }
    ASSERT_GE(originals.size(), 3u);
    std::mt19937 random(20261202);  // fixed: the same 150 files on every run
    for (int i = 0; i < 150; ++i) {
        std::string bytes = originals[static_cast<std::size_t>(i) % originals.size()];
        std::uniform_int_distribution<std::size_t> where(0, bytes.size() - 1);
        std::uniform_int_distribution<int> value(0, 255);
        for (int k = 0; k < 1 + i % 8; ++k) bytes[where(random)] = static_cast<char>(value(random));
        const std::string id = "m" + std::to_string(i);
        testing::write_file(dir / (id + ".pdf"), bytes);
        minimal_case(dir, id, exhibit_with_file(id, id + ".pdf"));
    }
    auto result = run_amparo({"validate", dir.string()});
    expect_only_exhibit_errors(result);
    EXPECT_THAT(result.err, HasSubstr("150 case files checked"));
}

TEST(Hardening, ADateThatIsAListFailsItsFileOnlyAndTheOthersAreChecked) {
    auto dir = testing::make_scratch_dir("date-list-batch");
    auto broken = minimal_case(dir, "a-broken");
    std::string text = testing::read_file(broken);
    text.replace(text.find("date: 1990-02-28"), 16, "date: [1]");
    testing::write_file(broken, text);
    minimal_case(dir, "b-fine");
    auto result = run_amparo({"validate", dir.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("a-broken.yaml:8:17: error: applicant.birth.date: expected a "
                                      "date (YYYY-MM-DD), found a list"));
    EXPECT_THAT(result.err, HasSubstr("2 case files checked: 1 valid, 1 invalid"));
    auto built =
        run_amparo({"build", dir.string(), "-o", (dir / "out").string(), "--formats", "md"});
    EXPECT_EQ(built.exit_code, 1);
    EXPECT_TRUE(fs::exists(dir / "out/b-fine/report.json"));
}

TEST(Hardening, OneFailingCaseNeverStopsTheBatch) {
    auto dir = testing::make_scratch_dir("batch-goes-on");
    testing::write_file(dir / "broken.pdf", "not a pdf");
    minimal_case(dir, "a-first", exhibit_with_file("x", "broken.pdf"));
    minimal_case(dir, "b-second");
    auto result =
        run_amparo({"build", dir.string(), "-o", (dir / "out").string(), "--formats", "md"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("1 case built into"));
    EXPECT_THAT(result.err, HasSubstr("1 failed"));
    EXPECT_TRUE(fs::exists(dir / "out/b-second/report.json"));
    EXPECT_FALSE(fs::exists(dir / "out/a-first"));
}

TEST(Hardening, OutputsAreOwnerOnlyWhateverTheUmask) {
    auto dir = testing::make_scratch_dir("umask");
    minimal_case(dir, "private");
    mode_t previous = ::umask(022);  // the usual umask; amparo inherits it
    auto result = run_amparo({"build", (dir / "private.yaml").string(), "-o",
                              (dir / "out").string(), "--formats", "pdf,docx,md"});
    ::umask(previous);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    int files = 0;
    auto mode_of = [](const fs::path& path) {
        struct stat info {};
        ::lstat(path.c_str(), &info);
        return info.st_mode & 07777;
    };
    EXPECT_EQ(mode_of(dir / "out"), 0700u);
    for (const auto& entry : fs::recursive_directory_iterator(dir / "out")) {
        if (entry.is_directory()) {
            EXPECT_EQ(mode_of(entry.path()), 0700u) << entry.path();
        } else {
            EXPECT_EQ(mode_of(entry.path()), 0600u) << entry.path();
            ++files;
        }
    }
    EXPECT_EQ(files, 11);  // three documents in three formats, the report, and summary.json

    auto shared = run_amparo({"build", (dir / "private.yaml").string(), "-o",
                              (dir / "out").string(), "--formats", "md", "--share-with-group"});
    ASSERT_EQ(shared.exit_code, 0) << shared.err;
    EXPECT_EQ(mode_of(dir / "out/private"), 0750u);
    EXPECT_EQ(mode_of(dir / "out/private/brief.md"), 0640u);
}

std::set<std::string> names_in(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename());
    return names;
}

TEST(Hardening, ACaseFolderHoldsExactlyOneBuild) {
    auto dir = testing::make_scratch_dir("whole-folder");
    auto first = minimal_case(dir, "same-id", "", "first");
    ASSERT_EQ(run_amparo({"build", first.string(), "-o", (dir / "out").string(), "--formats",
                          "pdf,docx,md"})
                  .exit_code,
              0);
    // Another case with the same id (or the corrected case), built with fewer formats: the
    // folder holds the new build only, nothing of the other applicant's.
    auto second = minimal_case(dir, "same-id", "", "second");
    auto result =
        run_amparo({"build", second.string(), "-o", (dir / "out").string(), "--formats", "pdf"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(names_in(dir / "out/same-id"),
              (std::set<std::string>{"brief.pdf", "declaration.pdf", "exhibit-index.pdf",
                                     "report.json"}));
    // No staging left: the case folder and the batch's summary.
    EXPECT_EQ(names_in(dir / "out"), (std::set<std::string>{"same-id", "summary.json"}));
}

TEST(Hardening, AFactCannotForgeAPlaceholder) {
    auto dir = testing::make_scratch_dir("forged-placeholder");
    std::string text = testing::read_file(fixture("valid/minimal.yaml"));
    const std::string account = "account: This is a fictional account used by the tests.";
    text.replace(text.find(account), account.size(),
                 "account: \"He wrote [[TO COMPLETE: forged]] on the form.\"");
    testing::write_file(dir / "case.yaml", text);
    auto result = run_amparo({"build", (dir / "case.yaml").string(), "-o", (dir / "out").string(),
                              "--formats", "md,pdf"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto report = nlohmann::json::parse(testing::read_file(dir / "out/minimal/report.json"));
    for (const auto& document : report["documents"]) {
        for (const auto& placeholder : document["placeholders"])
            EXPECT_NE(placeholder, "forged") << document["name"];
    }
    // The fact prints as typed, and the template's own placeholders are still counted.
    EXPECT_THAT(testing::read_file(dir / "out/minimal/declaration.md"),
                HasSubstr("He wrote \\[\\[TO COMPLETE: forged\\]\\] on the form."));
    EXPECT_FALSE(report["documents"][0]["placeholders"].empty());
    auto text_of_pdf =
        testing::run_command({"pdftotext", (dir / "out/minimal/declaration.pdf").string(), "-"});
    EXPECT_THAT(text_of_pdf.out, HasSubstr("He wrote [[TO COMPLETE: forged]] on the form."));
}

TEST(Hardening, ControlCharactersNeverReachAnyOutput) {
    auto dir = testing::make_scratch_dir("controls");
    std::string text = testing::read_file(fixture("valid/minimal.yaml"));
    const std::string account = "account: This is a fictional account used by the tests.";
    text.replace(text.find(account), account.size(),
                 "account: \"Before\\0nul\\x01one\\e[31mred\\x7fdel\\u0085nel after.\"");
    testing::write_file(dir / "case.yaml", text);
    auto result = run_amparo({"build", (dir / "case.yaml").string(), "-o", (dir / "out").string(),
                              "--formats", "md,pdf,docx"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string markdown = testing::read_file(dir / "out/minimal/declaration.md");
    for (char c : markdown) {
        auto byte = static_cast<unsigned char>(c);
        EXPECT_TRUE(byte >= 0x20 || c == '\n') << "control byte " << int(byte) << " in the .md";
    }
    // The same text in all three formats: the controls dropped, nothing else.
    const std::string expected = "Beforenulone[31mreddelnel after.";
    EXPECT_THAT(markdown, HasSubstr("Beforenulone\\[31mreddelnel after."));
    auto pdf =
        testing::run_command({"pdftotext", (dir / "out/minimal/declaration.pdf").string(), "-"});
    EXPECT_THAT(pdf.out, HasSubstr(expected));
    auto docx = testing::run_command(
        {"unzip", "-p", (dir / "out/minimal/declaration.docx").string(), "word/document.xml"});
    EXPECT_THAT(docx.out, HasSubstr(expected));
}

TEST(Hardening, NoWordIsDrawnOutsideItsLineOrCell) {
    auto dir = testing::make_scratch_dir("wide-words");
    std::string url = "https://www.example-news.org";
    for (int i = 0; i < 30; ++i) url += "/section" + std::to_string(i);
    std::string text = testing::read_file(fixture("valid/minimal.yaml"));
    const std::string summary = "summary: a fictional test incident";
    text.replace(text.find(summary), summary.size(), summary + " " + std::string(10000, 'x'));
    testing::write_file(dir / "case.yaml", text);
    minimal_case(dir, "with-url",
                 "exhibits:\n  - id: news\n    title: News article\n    kind: news\n    pages: "
                 "2\n    source: " +
                     url + "/article.pdf\n");
    auto result =
        run_amparo({"build", dir.string(), "-o", (dir / "out").string(), "--formats", "pdf"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // pdftotext -bbox gives each word's box; the right margin of the default profile is 1 inch.
    static const std::regex x_max(R"re(xMax="([0-9.]+)")re");
    for (const auto* pdf :
         {"minimal/declaration.pdf", "minimal/brief.pdf", "with-url/exhibit-index.pdf"}) {
        auto boxes =
            testing::run_command({"pdftotext", "-bbox", (dir / "out" / pdf).string(), "-"});
        ASSERT_EQ(boxes.exit_code, 0) << pdf;
        int words = 0;
        for (std::sregex_iterator it(boxes.out.begin(), boxes.out.end(), x_max), end; it != end;
             ++it, ++words) {
            EXPECT_LE(std::stod((*it)[1]), 612.0 - 72.0 + 0.01) << pdf;
        }
        EXPECT_GT(words, 20) << pdf;
    }
}

TEST(Hardening, OutputFolderProblemsAreRefusedUpFront) {
    auto dir = testing::make_scratch_dir("bad-out");
    testing::write_file(dir / "a-file", "x");
    auto file =
        run_amparo({"build", fixture("valid/minimal.yaml"), "-o", (dir / "a-file").string()});
    EXPECT_EQ(file.exit_code, 2);
    EXPECT_THAT(file.err, HasSubstr("is a file, not a folder"));
    auto empty = run_amparo({"build", fixture("valid/minimal.yaml"), "-o", ""});
    EXPECT_EQ(empty.exit_code, 2);
    EXPECT_THAT(empty.err, HasSubstr("-o needs a folder"));
    auto document =
        run_amparo({"build", fixture("valid/minimal.yaml"), "-o", (dir / "brief.pdf").string()});
    EXPECT_EQ(document.exit_code, 2);
    EXPECT_FALSE(fs::exists(dir / "brief.pdf"));
}

TEST(Hardening, MissingParentsOfTheOutputFolderAreCreatedOwnerOnly) {
    auto dir = testing::make_scratch_dir("nested-out");
    auto out = dir / "drafts" / "2026-12";
    mode_t previous = ::umask(022);
    auto result =
        run_amparo({"build", fixture("valid/minimal.yaml"), "-o", out.string(), "--formats", "md"});
    ::umask(previous);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(fs::exists(out / "minimal" / "declaration.md"));
    struct stat info {};
    ASSERT_EQ(::stat((dir / "drafts").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0700u);
}

TEST(Hardening, ASymlinkedCaseFolderIsNeverWrittenThrough) {
    auto dir = testing::make_scratch_dir("symlinked-case");
    fs::create_directories(dir / "elsewhere");
    testing::write_file(dir / "elsewhere/keep.txt", "the user's file");
    fs::create_directories(dir / "out");
    fs::create_directory_symlink(dir / "elsewhere", dir / "out/minimal");
    auto result = run_amparo(
        {"build", fixture("valid/minimal.yaml"), "-o", (dir / "out").string(), "--formats", "md"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("is a symbolic link; amparo never writes through a link"));
    EXPECT_EQ(names_in(dir / "elsewhere"), (std::set<std::string>{"keep.txt"}));
    EXPECT_TRUE(fs::is_symlink(dir / "out/minimal"));
}

}  // namespace
}  // namespace amparo

// One court profile for every writer. A brief built under the court-of-appeals profile is 14 pt in
// the PDF (its content stream) and in the DOCX (styles.xml), and its certificate of compliance
// names that size and the typeface of each output; the PDF and the DOCX follow the profile's
// values point by point (read back with pdftotext -bbox and XPath); a bad profile stops the build
// with an error at its line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <sstream>

#include "cli/amparo_run.hpp"
#include "cli/template_copies.hpp"
#include "docx/docx_inspection.hpp"
#include "docx/libreoffice.hpp"
#include "profile/court_profile.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const char* const sample = "castillo-former-police";

// The sample's case file, with `profile: NAME` under `case:` when `profile` is not empty.
fs::path case_under(const std::string& profile, const std::string& label) {
    const auto dir = testing::make_scratch_dir(label);
    std::string text =
        testing::read_file(testing::source_dir() / "samples" / (std::string(sample) + ".yaml"));
    const std::string posture = "  posture: defensive\n";
    const auto at = text.find(posture);
    EXPECT_NE(at, std::string::npos);
    if (!profile.empty()) text.insert(at + posture.size(), "  profile: " + profile + "\n");
    testing::write_file(dir / "case.yaml", text);
    fs::copy(testing::source_dir() / "samples/exhibits", dir / "exhibits",
             fs::copy_options::recursive);
    return dir / "case.yaml";
}

// One word of `pdftotext -bbox`, on its page.
struct Word {
    int page = 0;
    double x_min = 0, y_min = 0, x_max = 0;
    std::string text;
};

std::vector<Word> words_of(const fs::path& pdf) {
    const auto result = testing::run_command({"pdftotext", "-bbox", pdf.string(), "-"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    static const std::regex page_or_word{
        R"re(<page |<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>)re"};
    std::vector<Word> words;
    int page = 0;
    for (auto it = std::sregex_iterator(result.out.begin(), result.out.end(), page_or_word);
         it != std::sregex_iterator(); ++it) {
        const auto& match = *it;
        if (!match[1].matched) {
            ++page;
            continue;
        }
        words.push_back(
            {page, std::stod(match[1]), std::stod(match[2]), std::stod(match[3]), match[4]});
    }
    return words;
}

// The first word `text` at or after word `from`; words.size() when there is none.
std::size_t find_word(const std::vector<Word>& words, const std::string& text,
                      std::size_t from = 0) {
    for (std::size_t i = from; i < words.size(); ++i) {
        if (words[i].text == text) return i;
    }
    return words.size();
}

// The first of the consecutive words `phrase` ("The declaration explains"); words.size() when
// they are not there.
std::size_t find_phrase(const std::vector<Word>& words, const std::string& phrase) {
    std::vector<std::string> wanted;
    std::istringstream split(phrase);
    for (std::string word; split >> word;) wanted.push_back(word);
    for (std::size_t i = 0; i + wanted.size() <= words.size(); ++i) {
        if (std::equal(wanted.begin(), wanted.end(), words.begin() + static_cast<long>(i),
                       [](const std::string& text, const Word& word) { return text == word.text; }))
            return i;
    }
    return words.size();
}

// A word of the line before the one word `at` is on (same page); words.size() when none.
std::size_t previous_line(const std::vector<Word>& words, std::size_t at) {
    for (std::size_t i = at; i-- > 0;) {
        if (words[i].page != words[at].page) break;
        if (words[i].y_min < words[at].y_min - 1) return i;
    }
    return words.size();
}

// The first word of the line after the one word `at` is on (same page).
std::size_t next_line(const std::vector<Word>& words, std::size_t at) {
    for (std::size_t i = at + 1; i < words.size(); ++i) {
        if (words[i].page == words[at].page && words[i].y_min > words[at].y_min + 1) return i;
    }
    return words.size();
}

// The font sizes of the PDF's text, with how many times each is set (`/F0 14 Tf`).
std::map<double, int> font_sizes(const fs::path& pdf) {
    const auto plain = pdf.parent_path() / (pdf.stem().string() + ".qdf.pdf");
    const auto result = testing::run_command(
        {"qpdf", "--qdf", "--object-streams=disable", pdf.string(), plain.string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const std::string content = testing::read_file(plain);
    static const std::regex set_font{R"(/F\w* ([0-9.]+) Tf)"};
    std::map<double, int> sizes;
    for (auto it = std::sregex_iterator(content.begin(), content.end(), set_font);
         it != std::sregex_iterator(); ++it) {
        ++sizes[std::stod((*it)[1])];
    }
    return sizes;
}

double most_used(const std::map<double, int>& sizes) {
    return std::max_element(sizes.begin(), sizes.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
}

std::string docx_text(const fs::path& docx, const std::string& part) {
    const docx_test::XmlPart xml(docx_test::unzip_entry(docx, part));
    std::string text;
    for (const auto& paragraph : docx_test::shown_texts(xml, "//w:p")) text += paragraph + "\n";
    return text;
}

int twips_of(const docx_test::XmlPart& styles, const std::string& style, const std::string& what) {
    return std::stoi(styles.string("//w:style[@w:styleId='" + style + "']/w:pPr/" + what));
}

// The space a DOCX paragraph leaves `side` ("before", "after") of it, in twips: its own, else
// its style's.
int space_of(const docx_test::XmlPart& body, const docx_test::XmlPart& styles,
             const std::string& paragraph, const std::string& side) {
    const std::string own = body.string(paragraph + "/w:pPr/w:spacing/@w:" + side);
    if (!own.empty()) return std::stoi(own);
    return twips_of(styles, body.string(paragraph + "/w:pPr/w:pStyle/@w:val"),
                    "w:spacing/@w:" + side);
}

// The DOCX paragraph whose text starts with `text`.
std::string paragraph_starting(const std::string& text) {
    return "//w:p[starts-with(normalize-space(string(.)), '" + text + "')]";
}

class CourtOfAppealsBrief : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        const auto case_file = case_under("court-of-appeals", "court-of-appeals");
        const auto out = case_file.parent_path() / "out";
        const auto result = testing::run_amparo(
            {"build", case_file.string(), "-o", out.string(), "--formats", "pdf,docx"});
        ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
        folder_ = new fs::path(out / sample);
        Diagnostics problems;
        profile_ = new profile::CourtProfile(*profile::load_court_profile(
            testing::source_dir() / "templates/profiles/court-of-appeals.yaml", problems));
    }
    static void TearDownTestSuite() {
        delete folder_;
        delete profile_;
    }
    void SetUp() override {
        for (const char* program : {"pdftotext", "qpdf", "unzip"}) {
            ASSERT_NO_FATAL_FAILURE(docx_test::require_program(program));
        }
    }

    static fs::path* folder_;
    static profile::CourtProfile* profile_;
};

fs::path* CourtOfAppealsBrief::folder_ = nullptr;
profile::CourtProfile* CourtOfAppealsBrief::profile_ = nullptr;

TEST_F(CourtOfAppealsBrief, IsFourteenPointInThePdfAndInTheDocx) {
    ASSERT_EQ(profile_->font_size, 14);
    EXPECT_EQ(most_used(font_sizes(*folder_ / "brief.pdf")), 14);
    const docx_test::XmlPart styles(
        docx_test::unzip_entry(*folder_ / "brief.docx", "word/styles.xml"));
    EXPECT_EQ(styles.string("//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val"), "28");
    // No style sets another size for the body.
    EXPECT_EQ(styles.count("//w:style[@w:styleId='BodyText']//w:sz"), 0);
}

TEST_F(CourtOfAppealsBrief, EachCertificateOfComplianceNamesItsOutputsSizeAndTypeface) {
    const auto pdf = testing::run_command({"pdftotext", (*folder_ / "brief.pdf").string(), "-"});
    const std::string pdf_text = std::regex_replace(pdf.out, std::regex(R"(\s+)"), " ");
    EXPECT_THAT(pdf_text, HasSubstr("Liberation Serif (metrically identical to Times New Roman), "
                                    "in 14-point type."));
    const std::string docx = docx_text(*folder_ / "brief.docx", "word/document.xml");
    EXPECT_THAT(docx, HasSubstr("It was prepared in a proportionally spaced typeface, Times New "
                                "Roman, in 14-point type."));
    EXPECT_THAT(docx, ::testing::Not(HasSubstr("Liberation Serif")));
    // The same word count in both: the count is of the same text.
    static const std::regex count{R"(This brief contains ([0-9,]+) words)"};
    std::smatch in_pdf, in_docx;
    ASSERT_TRUE(std::regex_search(pdf_text, in_pdf, count));
    ASSERT_TRUE(std::regex_search(docx, in_docx, count));
    EXPECT_EQ(in_pdf[1], in_docx[1]);
}

// The profile's values, as each writer set them: the PDF measured from its words, the DOCX
// read from its section and styles.
TEST_F(CourtOfAppealsBrief, PdfAndDocxFollowTheProfilePointByPoint) {
    const auto words = words_of(*folder_ / "brief.pdf");
    ASSERT_FALSE(words.empty());
    const auto docx = *folder_ / "brief.docx";
    const docx_test::XmlPart body(docx_test::unzip_entry(docx, "word/document.xml"));
    const docx_test::XmlPart styles(docx_test::unzip_entry(docx, "word/styles.xml"));
    const double size = profile_->font_size;
    const double single = size * 1.2;  // the PDF's single line

    // Margins: the DOCX's section; in the PDF no word outside them, and body text at the left one.
    const std::string margins = "//w:body/w:sectPr/w:pgMar/@w:";
    EXPECT_EQ(std::stoi(body.string(margins + "left")), profile_->margin_left * 20);
    EXPECT_EQ(std::stoi(body.string(margins + "right")), profile_->margin_right * 20);
    EXPECT_EQ(std::stoi(body.string(margins + "top")), profile_->margin_top * 20);
    EXPECT_EQ(std::stoi(body.string(margins + "bottom")), profile_->margin_bottom * 20);
    double leftmost = 1e9, rightmost = 0;
    for (const auto& word : words) {
        if (word.page < 2) continue;
        leftmost = std::min(leftmost, word.x_min);
        rightmost = std::max(rightmost, word.x_max);
    }
    EXPECT_NEAR(leftmost, profile_->margin_left, 0.5);
    EXPECT_LE(rightmost, profile_->page_width - profile_->margin_right + 0.5);

    // Space after a heading: from the heading's line to the next, one single line and the space.
    // The body's first heading opens a page (the tables before it list it too).
    std::size_t heading = find_word(words, "Statement", 1);
    while (heading < words.size() && words[heading - 1].page == words[heading].page)
        heading = find_word(words, "Statement", heading + 1);
    ASSERT_LT(heading, words.size());
    const auto after_heading = next_line(words, heading);
    ASSERT_LT(after_heading, words.size());
    EXPECT_NEAR(words[after_heading].y_min - words[heading].y_min,
                single + profile_->heading_space_after, 0.6);
    EXPECT_EQ(twips_of(styles, "Heading1", "w:spacing/@w:after"),
              profile_->heading_space_after * 20);
    EXPECT_EQ(twips_of(styles, "Heading1", "w:spacing/@w:before"),
              profile_->heading_space_before * 20);

    // List items (the issues presented): single-spaced, the profile's space above each.
    const auto issues = find_word(words, "Issues", heading);
    const auto second_item = find_word(words, "2.", issues);
    ASSERT_LT(second_item, words.size());
    std::size_t line_before = issues;
    for (std::size_t i = issues; i < second_item; i = next_line(words, i)) line_before = i;
    EXPECT_NEAR(words[second_item].y_min - words[line_before].y_min,
                single * profile_->quote_line_spacing + profile_->list_item_space, 0.6);
    EXPECT_EQ(twips_of(styles, "ListParagraph", "w:spacing/@w:before"),
              profile_->list_item_space * 20);
    EXPECT_EQ(twips_of(styles, "ListParagraph", "w:spacing/@w:line"),
              std::lround(profile_->quote_line_pitch() * 20));

    // Body text: justified only if the profile says so (the PDF's lines are then full width).
    EXPECT_EQ(styles.count("//w:style[@w:styleId='BodyText']/w:pPr/w:jc[@w:val='both']"),
              profile_->justify ? 1 : 0);
    // Body text: size, double spacing (exactly the PDF's pitch), first-line indent.
    EXPECT_EQ(twips_of(styles, "BodyText", "w:spacing/@w:line"),
              std::lround(profile_->body_line_pitch() * 20));
    EXPECT_EQ(styles.string("//w:style[@w:styleId='BodyText']/w:pPr/w:spacing/@w:lineRule"),
              "exact");
    EXPECT_EQ(twips_of(styles, "BodyText", "w:ind/@w:firstLine"), profile_->first_line_indent * 20);

    // The footer: the same text in both, the DOCX's numbers being fields.
    const std::string footer_file =
        body.string("//w:sectPr/w:footerReference[@w:type='default']/@r:id") == "rIdFooterPages"
            ? "word/footer-page-numbers.xml"
            : "";
    ASSERT_FALSE(footer_file.empty());
    const docx_test::XmlPart footer(docx_test::unzip_entry(docx, footer_file));
    EXPECT_EQ(docx_test::shown_texts(footer, "//w:p"), std::vector<std::string>{"Page 1 of 1"});
    EXPECT_EQ(footer.count("//w:instrText[contains(., 'NUMPAGES')]"), 1);
    int pages = 0;
    for (const auto& word : words) pages = std::max(pages, word.page);
    const auto on_page_two = std::find_if(words.begin(), words.end(), [](const Word& word) {
        return word.page == 2 && word.text == "Page";
    });
    ASSERT_NE(on_page_two, words.end());
    const auto index = static_cast<std::size_t>(on_page_two - words.begin());
    EXPECT_EQ(words[index + 1].text, "2");
    EXPECT_EQ(words[index + 2].text, "of");
    EXPECT_EQ(words[index + 3].text, std::to_string(pages));

    // The cover: the detention status at the right margin, the filer's block under it at the
    // left margin, in both.
    EXPECT_EQ(words.front().text, "DETAINED");
    EXPECT_NEAR(words.front().x_max, profile_->page_width - profile_->margin_right, 0.5);
    EXPECT_NEAR(words[next_line(words, 0)].x_min, profile_->margin_left, 0.5);
    EXPECT_EQ(body.string("(//w:p[.//w:t='DETAINED'])[1]/w:pPr/w:jc/@w:val"), "right");
    EXPECT_EQ(styles.string("//w:style[@w:styleId='CoverText']/w:pPr/w:jc/@w:val"), "left");
    EXPECT_EQ(twips_of(styles, "CoverText", "w:spacing/@w:before"),
              profile_->cover_block_space * 20);
    // The caption box: after an empty paragraph exactly that space high (no space above a table
    // in Word); in the PDF its first row is set that space below the heading.
    EXPECT_EQ(twips_of(styles, "CoverSpacer", "w:spacing/@w:line"),
              profile_->cover_block_space * 20);
    EXPECT_EQ(
        body.count("//w:tbl[1]/preceding-sibling::w:p[1]/w:pPr/w:pStyle[@w:val='CoverSpacer']"), 1);
}

// A list is set off from the paragraph after it by the profile's space: the brief's list of
// the reports, then the paragraph on the incident that was not reported.
TEST_F(CourtOfAppealsBrief, PdfAndDocxSetOffAListAlike) {
    const auto words = words_of(*folder_ / "brief.pdf");
    const auto after = find_phrase(words, "The declaration explains");
    ASSERT_LT(after, words.size());
    const auto last_item = previous_line(words, after);
    ASSERT_LT(last_item, words.size());
    const double single = profile_->font_size * 1.2;
    EXPECT_NEAR(words[after].y_min - words[last_item].y_min,
                single * profile_->quote_line_spacing + profile_->list_space_after, 0.6);

    const auto docx = *folder_ / "brief.docx";
    const docx_test::XmlPart body(docx_test::unzip_entry(docx, "word/document.xml"));
    const docx_test::XmlPart styles(docx_test::unzip_entry(docx, "word/styles.xml"));
    const std::string item =
        paragraph_starting("The declaration explains") + "/preceding-sibling::w:p[1]";
    ASSERT_EQ(body.string(item + "/w:pPr/w:pStyle/@w:val"), "ListParagraph");
    EXPECT_EQ(space_of(body, styles, item, "after"), profile_->list_space_after * 20);
    EXPECT_EQ(space_of(body, styles, paragraph_starting("The declaration explains"), "before"), 0);
}

// The declaration's quoted threat: indented from both margins, single-spaced, set off above and
// below; the numbered paragraphs around it double-spaced with no space between them.
TEST_F(CourtOfAppealsBrief, PdfAndDocxSetBlockQuotesAndNumberedParagraphsAlike) {
    const auto words = words_of(*folder_ / "declaration.pdf");
    const double size = profile_->font_size;
    const double single = size * 1.2;
    const auto quote = find_word(words, "“Aquí");
    ASSERT_LT(quote, words.size());
    const auto told = previous_line(words, quote);  // "7. They told me, in Spanish:"
    ASSERT_LT(told, words.size());
    const auto english = next_line(words, quote);  // "In English: ..."
    ASSERT_LT(english, words.size());
    ASSERT_EQ(words[english].text, "In");
    EXPECT_NEAR(words[quote].x_min, profile_->margin_left + profile_->quote_indent_left, 0.5);
    for (std::size_t i = quote; i < english; ++i) {
        EXPECT_LE(words[i].x_max,
                  profile_->page_width - profile_->margin_right - profile_->quote_indent_right);
    }
    EXPECT_NEAR(words[quote].y_min - words[told].y_min,
                size * profile_->body_line_spacing + profile_->quote_space_before, 0.6);
    EXPECT_NEAR(words[english].y_min - words[quote].y_min,
                single * profile_->quote_line_spacing + profile_->quote_space_after, 0.6);
    // Paragraphs 5 and 6: the next number one double-spaced line below the last line of 5.
    const auto six = find_word(words, "6.");
    ASSERT_LT(six, words.size());
    // Numbered as in the DOCX's numbering: the number at the half-inch first-line indent, the
    // text from an inch, the lines after it from the margin.
    const auto five = find_word(words, "5.");
    ASSERT_LT(five + 1, words.size());
    EXPECT_NEAR(words[five].x_min, profile_->margin_left + 36, 0.5);
    EXPECT_NEAR(words[five + 1].x_min, profile_->margin_left + 72, 0.5);
    const auto five_second_line = next_line(words, five);
    ASSERT_LT(five_second_line, six);
    EXPECT_NEAR(words[five_second_line].x_min, profile_->margin_left, 0.5);
    EXPECT_NEAR(words[six].y_min - words[previous_line(words, six)].y_min,
                size * profile_->body_line_spacing, 0.6);

    const auto docx = *folder_ / "declaration.docx";
    const docx_test::XmlPart body(docx_test::unzip_entry(docx, "word/document.xml"));
    const docx_test::XmlPart styles(docx_test::unzip_entry(docx, "word/styles.xml"));
    const std::string quoted = paragraph_starting("“Aquí");
    ASSERT_EQ(body.string(quoted + "/w:pPr/w:pStyle/@w:val"), "BlockText");
    EXPECT_EQ(twips_of(styles, "BlockText", "w:ind/@w:left"), profile_->quote_indent_left * 20);
    EXPECT_EQ(twips_of(styles, "BlockText", "w:ind/@w:right"), profile_->quote_indent_right * 20);
    EXPECT_EQ(space_of(body, styles, quoted, "before"), profile_->quote_space_before * 20);
    EXPECT_EQ(space_of(body, styles, quoted, "after"), profile_->quote_space_after * 20);
    EXPECT_EQ(twips_of(styles, "BlockText", "w:spacing/@w:line"),
              std::lround(profile_->quote_line_pitch() * 20));
    EXPECT_EQ(styles.count("//w:style[@w:styleId='BlockText']/w:pPr/w:jc[@w:val='both']"),
              profile_->justify ? 1 : 0);
    // Numbered paragraphs: the body's spacing, nothing between them.
    const std::string six_docx = "//w:p[w:pPr/w:pStyle/@w:val='DeclarationParagraph'][2]";
    EXPECT_EQ(body.count(six_docx + "/w:pPr/w:spacing"), 0);
    EXPECT_EQ(styles.count("//w:style[@w:styleId='DeclarationParagraph']/w:pPr/w:spacing"), 0);
    EXPECT_EQ(twips_of(styles, "BodyText", "w:spacing/@w:before"), 0);
    EXPECT_EQ(twips_of(styles, "BodyText", "w:spacing/@w:after"), 0);
}

// The DOCX as LibreOffice lays it out: body lines as far apart as in the PDF, and the body (from
// the statement of facts to the conclusion) on as many pages, so the page limit checked on the
// PDF holds for the document the firm finishes in Word.
TEST_F(CourtOfAppealsBrief, TheDocxLaidOutHasThePdfsLinePitchAndPages) {
    ASSERT_NO_FATAL_FAILURE(docx_test::require_program("soffice"));
    const auto ours = words_of(*folder_ / "brief.pdf");
    const auto theirs = words_of(docx_test::convert_to_pdf(*folder_ / "brief.docx"));
    // Two lines of one body paragraph of the argument, found by their first words.
    auto pitch = [](const std::vector<Word>& words) {
        const auto start = find_phrase(words, "Torture qualifies when");
        EXPECT_LT(start, words.size());
        if (start >= words.size()) return 0.0;
        const auto second = next_line(words, start);
        EXPECT_LT(second, words.size());
        return second < words.size() ? words[second].y_min - words[start].y_min : 0.0;
    };
    EXPECT_NEAR(pitch(ours), profile_->body_line_pitch(), 0.6);
    EXPECT_NEAR(pitch(theirs), profile_->body_line_pitch(), 0.6);
    auto body_pages = [](const std::vector<Word>& words) {
        const auto first = find_phrase(words, "is a native and citizen");
        const auto last = find_phrase(words, "For these reasons,");
        EXPECT_LT(last, words.size());
        return last < words.size() ? words[last].page - words[first].page + 1 : 0;
    };
    EXPECT_EQ(body_pages(theirs), body_pages(ours));
    EXPECT_GT(body_pages(ours), 8);
    // The tables of contents and authorities too: their entries are set alike, so the whole
    // brief has as many pages.
    EXPECT_EQ(theirs.back().page, ours.back().page);
}

// One line of text on a page: its words, where its first word starts.
struct Line {
    int page = 0;
    double x_min = 0, y_min = 0;
    std::vector<std::string> words;
};

// The lines of the table of authorities, from its title to the line before the body's first
// heading, page footers left out.
std::vector<Line> authorities_table(const std::vector<Word>& words,
                                    const profile::CourtProfile& profile) {
    std::vector<Line> lines;
    const auto title = find_phrase(words, "Table of Authorities");
    EXPECT_LT(title, words.size());
    const double footer = profile.page_height - profile.margin_bottom;
    for (std::size_t i = title; i < words.size(); ++i) {
        const Word& word = words[i];
        if (word.y_min > footer) continue;
        if (lines.empty() || lines.back().page != word.page ||
            std::abs(lines.back().y_min - word.y_min) > 1) {
            if (!lines.empty() &&
                lines.back().words == std::vector<std::string>{"Statement", "of", "Facts"}) {
                lines.pop_back();
                break;
            }
            lines.push_back({word.page, word.x_min, word.y_min, {}});
        }
        lines.back().words.push_back(word.text);
    }
    return lines;
}

// The Ramirez brief under the immigration court's profile (the default), its DOCX laid out by
// LibreOffice: its table of authorities, a paragraph per authority with space above each as in
// the PDF, has the PDF's entries on the same lines of the same pages, so the brief has as many
// pages. Word fills in the leaders and page numbers the PDF prints when it updates the fields.
TEST(ImmigrationCourtBrief, TheDocxLaidOutHasThePdfsTableOfAuthoritiesAndPages) {
    for (const char* program : {"pdftotext", "soffice"}) {
        ASSERT_NO_FATAL_FAILURE(docx_test::require_program(program));
    }
    const auto out = testing::make_scratch_dir("immigration-court") / "out";
    const auto result = testing::run_amparo({"build", "samples/ramirez-business-extortion.yaml",
                                             "-o", out.string(), "--formats", "pdf,docx"});
    ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
    const auto folder = out / "ramirez-business-extortion";
    Diagnostics problems;
    const auto profile = profile::load_court_profile(
        testing::source_dir() / "templates/profiles/immigration-court.yaml", problems);
    ASSERT_TRUE(profile.has_value());
    const auto ours = words_of(folder / "brief.pdf");
    const auto theirs = words_of(docx_test::convert_to_pdf(folder / "brief.docx"));
    ASSERT_FALSE(ours.empty());
    ASSERT_FALSE(theirs.empty());
    EXPECT_EQ(theirs.back().page, ours.back().page);

    const auto pdf_table = authorities_table(ours, *profile);
    const auto docx_table = authorities_table(theirs, *profile);
    ASSERT_GT(pdf_table.size(), 30u);  // spread over two pages
    EXPECT_NE(pdf_table.front().page, pdf_table.back().page);
    ASSERT_EQ(docx_table.size(), pdf_table.size());
    static const std::regex leader_or_pages{R"(\.|[0-9]+,?)"};
    for (std::size_t i = 0; i < pdf_table.size(); ++i) {
        const Line& pdf = pdf_table[i];
        const Line& docx = docx_table[i];
        EXPECT_EQ(docx.page, pdf.page) << i;
        EXPECT_NEAR(docx.y_min, pdf.y_min, 2.0) << i;
        EXPECT_NEAR(docx.x_min, pdf.x_min, 0.5) << i;
        // The same words, the PDF's then followed only by leaders and page numbers.
        ASSERT_LE(docx.words.size(), pdf.words.size()) << i;
        EXPECT_TRUE(std::equal(docx.words.begin(), docx.words.end(), pdf.words.begin())) << i;
        for (std::size_t w = docx.words.size(); w < pdf.words.size(); ++w) {
            EXPECT_TRUE(std::regex_match(pdf.words[w], leader_or_pages)) << i << pdf.words[w];
        }
    }
}

// Tables (the cover's caption box, the exhibit index, the consistency memo's comparisons): the
// text at the body's size, single-spaced, padded and set off from the text around them alike.
TEST_F(CourtOfAppealsBrief, PdfAndDocxPadAndSpaceTablesAlike) {
    const double size = profile_->font_size;
    const double line = size * 1.2 * profile_->quote_line_spacing;
    // The caption box: its first column's text one padding in from the box (at the margin); one
    // line and the padding above and below between its rows.
    const auto cover = words_of(*folder_ / "brief.pdf");
    const auto matter = find_phrase(cover, "In the Matter of:");
    ASSERT_LT(matter, cover.size());
    EXPECT_NEAR(cover[matter].x_min, profile_->margin_left + profile_->table_cell_padding, 0.5);
    const auto second_row = next_line(cover, matter);
    ASSERT_LT(second_row, cover.size());
    EXPECT_NEAR(cover[second_row].y_min - cover[matter].y_min,
                line + 2 * profile_->table_row_padding, 0.6);
    // No table text smaller than the body: the brief's only sizes are the body's (and none
    // below it).
    for (const auto& [set, times] : font_sizes(*folder_ / "exhibit-index.pdf")) {
        EXPECT_GE(set, size) << times << " times";
    }
    // The exhibit index: its header row under the title, set off by the larger of the heading's
    // and the table's space.
    const auto index = words_of(*folder_ / "exhibit-index.pdf");
    const auto title = find_phrase(index, "Index of Exhibits");
    ASSERT_LT(title, index.size());
    const auto header = next_line(index, title);
    ASSERT_LT(header, index.size());
    ASSERT_EQ(index[header].text, "Tab");
    const double above_table =
        std::max(profile_->heading_space_after, profile_->table_space_before);
    EXPECT_NEAR(index[header].y_min - index[title].y_min,
                size * 1.2 + above_table + profile_->table_row_padding, 0.6);
    // The consistency memo: the explanation after its table, set off by the table's space.
    const auto memo = words_of(*folder_ / "consistency.pdf");
    const auto explanation = find_word(memo, "Explanation:");
    ASSERT_LT(explanation, memo.size());
    const auto last_row_line = previous_line(memo, explanation);
    ASSERT_LT(last_row_line, memo.size());
    EXPECT_NEAR(memo[explanation].y_min - memo[last_row_line].y_min,
                line + profile_->table_row_padding + profile_->table_space_after, 0.6);

    const docx_test::XmlPart styles(
        docx_test::unzip_entry(*folder_ / "exhibit-index.docx", "word/styles.xml"));
    const std::string margins = "//w:style[@w:styleId='TableGrid']/w:tblPr/w:tblCellMar/w:";
    EXPECT_EQ(std::stoi(styles.string(margins + "left/@w:w")), profile_->table_cell_padding * 20);
    EXPECT_EQ(std::stoi(styles.string(margins + "right/@w:w")), profile_->table_cell_padding * 20);
    EXPECT_EQ(std::stoi(styles.string(margins + "top/@w:w")), profile_->table_row_padding * 20);
    EXPECT_EQ(std::stoi(styles.string(margins + "bottom/@w:w")), profile_->table_row_padding * 20);
    EXPECT_EQ(twips_of(styles, "TableText", "w:spacing/@w:line"),
              std::lround(profile_->quote_line_pitch() * 20));
    EXPECT_EQ(styles.count("//w:style[@w:styleId='TableText' or @w:styleId='TableHeading']//w:sz"),
              0);
    const docx_test::XmlPart index_body(
        docx_test::unzip_entry(*folder_ / "exhibit-index.docx", "word/document.xml"));
    EXPECT_EQ(
        space_of(index_body, styles, "//w:tbl[.//w:t='Tab']/preceding-sibling::w:p[1]", "after"),
        above_table * 20);
    const auto memo_docx = *folder_ / "consistency.docx";
    const docx_test::XmlPart memo_body(docx_test::unzip_entry(memo_docx, "word/document.xml"));
    const docx_test::XmlPart memo_styles(docx_test::unzip_entry(memo_docx, "word/styles.xml"));
    const std::string after_table = paragraph_starting("Explanation:");
    ASSERT_EQ(memo_body.count(after_table + "/preceding-sibling::*[1][self::w:tbl]"), 1);
    EXPECT_EQ(space_of(memo_body, memo_styles, after_table, "before"),
              profile_->table_space_after * 20);
}

// A case that names a profile the templates lack, and templates whose profile is wrong: each
// stops the build with an error at its line, never a default.
struct BadProfileRun {
    testing::CommandResult result;
    fs::path case_file;
    fs::path templates;
};

BadProfileRun build_with(const std::string& case_profile,
                         const std::function<void(const fs::path&)>& break_templates) {
    BadProfileRun run;
    run.templates = testing::copy_of_templates();
    if (break_templates) break_templates(run.templates);
    run.case_file = case_under(case_profile, "bad-profile");
    run.result = testing::run_amparo({"build", run.case_file.string(), "-o",
                                      (run.case_file.parent_path() / "out").string(), "--formats",
                                      "md", "--templates", run.templates.string()});
    return run;
}

TEST(BadCourtProfile, AProfileFileTheTemplatesLackIsAnErrorAtTheCaseFilesLine) {
    const auto run = build_with("court-of-appeals", [](const fs::path& templates) {
        fs::remove(templates / "profiles/court-of-appeals.yaml");
    });
    EXPECT_NE(run.result.exit_code, 0);
    // `profile:` is the case's line 8, its value at column 12.
    EXPECT_THAT(run.result.err,
                HasSubstr(run.case_file.string() +
                          ":8:12: error: case.profile: no court profile 'court-of-appeals' among "
                          "the templates' profiles/"));
    EXPECT_FALSE(fs::exists(run.case_file.parent_path() / "out" / sample / "brief.md"));
}

TEST(BadCourtProfile, AMissingProfilesFolderIsAnError) {
    const auto run =
        build_with("", [](const fs::path& templates) { fs::remove_all(templates / "profiles"); });
    EXPECT_NE(run.result.exit_code, 0);
    EXPECT_THAT(run.result.err, HasSubstr((run.templates / "profiles").string() +
                                          ": error: no court profiles: this folder is missing"));
}

TEST(BadCourtProfile, AProfileNamedOtherThanItsFileIsAnErrorAtItsLine) {
    const auto run = build_with("", [](const fs::path& templates) {
        testing::replace_in_file(templates / "profiles/bia.yaml", "name: bia", "name: board");
    });
    EXPECT_NE(run.result.exit_code, 0);
    EXPECT_THAT(run.result.err,
                HasSubstr((run.templates / "profiles/bia.yaml").string() +
                          ":3:7: error: name: the profile's name 'board' differs from its file "
                          "name 'bia'"));
}

TEST(BadCourtProfile, AnUnknownKeyIsAnErrorAtItsLine) {
    const auto run = build_with("", [](const fs::path& templates) {
        testing::replace_in_file(templates / "profiles/immigration-court.yaml", "word_limit: 0",
                                 "word_limt: 0");
    });
    EXPECT_NE(run.result.exit_code, 0);
    EXPECT_THAT(run.result.err,
                HasSubstr((run.templates / "profiles/immigration-court.yaml").string() +
                          ":19:1: error: word_limt: unknown key 'word_limt' in the court profile"));
    EXPECT_THAT(run.result.err, HasSubstr("did you mean 'word_limit'?"));
}

}  // namespace
}  // namespace amparo

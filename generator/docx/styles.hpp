// word/styles.xml: Word's built-in style names (so the navigation pane, TOC and the firm's own
// templates recognise them) plus a few of ours, with fonts and spacing from TextDefaults.
#pragma once

#include <map>
#include <string>

#include "docx/docx_options.hpp"

namespace amparo::docx::detail {

// The style ids the body writer asks for. Word's built-ins keep their usual ids and names
// ("Heading1" / "heading 1"); a reference .docx may use other ids for the same names.
namespace style {
inline constexpr const char* normal = "Normal";
inline constexpr const char* body_text = "BodyText";
inline constexpr const char* block_text = "BlockText";  // block quotes
inline constexpr const char* declaration_paragraph = "DeclarationParagraph";
inline constexpr const char* list_paragraph = "ListParagraph";
inline constexpr const char* table_text = "TableText";
inline constexpr const char* table_heading = "TableHeading";
inline constexpr const char* signature = "Signature";
inline constexpr const char* source_code = "SourceCode";
inline constexpr const char* cover_text = "CoverText";
// An empty paragraph exactly the cover's block space high: Word has no space above a table.
inline constexpr const char* cover_spacer = "CoverSpacer";
inline constexpr const char* toc_heading = "TOCHeading";  // the two tables' titles
inline constexpr const char* toa_heading = "TOAHeading";
inline constexpr const char* table_of_authorities = "TableofAuthorities";
inline constexpr const char* header = "Header";
inline constexpr const char* footer = "Footer";
inline constexpr const char* hyperlink = "Hyperlink";
inline constexpr const char* to_complete = "ToComplete";  // placeholders
inline constexpr const char* verbatim = "VerbatimChar";
inline constexpr const char* table_grid = "TableGrid";
std::string heading(int level);  // "Heading1" .. "Heading4"
std::string toc(int level);      // "TOC1" .. "TOC3"
}  // namespace style

// Our style id -> the id the package actually uses (the same unless a reference .docx names the
// same style differently, as localised Word does: "berschrift1" for "heading 1").
class StyleIds {
  public:
    const std::string& operator()(const std::string& ours) const;
    void use(const std::string& ours, const std::string& theirs) { actual_[ours] = theirs; }

  private:
    std::map<std::string, std::string> actual_;
};

// The text width the page leaves, in twips (for table column widths and tab stops).
int text_width(const PageLayout& page);

// The space above and below a paragraph of one of our styles, in twips. Between two paragraphs
// the larger of the first's space after and the second's space before counts (as LibreOffice
// lays a DOCX out, and as the PDF does); the body writer asks for more where a list or table
// needs it.
struct ParagraphSpacing {
    int before = 0;
    int after = 0;
};
ParagraphSpacing paragraph_spacing(const std::string& style_id, const TextDefaults& text);

std::string default_styles_xml(const TextDefaults& text, const PageLayout& page);

}  // namespace amparo::docx::detail

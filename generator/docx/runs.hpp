// Inline content as WordprocessingML runs: italics for case names, highlighted placeholders,
// hyperlinks and cross-references.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document/model.hpp"
#include "docx/body_context.hpp"
#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

// Formatting inherited from enclosing inlines.
struct RunFormat {
    bool italic = false;
    bool bold = false;
    bool small_caps = false;
    // Direct as well as in the ToComplete style: LibreOffice ignores highlight in a character
    // style.
    bool highlight = false;
    bool hidden = false;          // hidden text: Word's TA fields are
    std::string character_style;  // our style id; empty = none
    // A citation of an authority gets a TA field (when the document has a table of
    // authorities), except in the table of contents' copy of a heading.
    bool marks_authorities = true;
};

// What a placeholder shows: the template's own marker, so a reviewer can search for it.
std::string placeholder_text(const std::string& missing);

// One run (or several, split at tabs and newlines) of plain text.
void write_text_run(XmlWriter& xml, std::string_view text, const RunFormat& format,
                    const StyleIds& styles);

void write_inlines(XmlWriter& xml, const std::vector<document::Inline>& inlines,
                   BodyContext& context, const RunFormat& format = {});

// One run of a field's instruction text (<w:instrText>), as given.
void write_instruction_text(XmlWriter& xml, std::string_view instruction, const RunFormat& format,
                            const StyleIds& styles);

// Inlines as instruction text inside a quoted field argument: italics and bold kept, quotation
// marks and backslashes escaped. A TA field's long citation is written so, and Word copies it,
// formatted, into the table of authorities.
void write_instruction_inlines(XmlWriter& xml, const std::vector<document::Inline>& inlines,
                               const RunFormat& format, const StyleIds& styles);

// The text of inlines without formatting (for table column widths and the TOC).
std::string plain_text(const std::vector<document::Inline>& inlines);

}  // namespace amparo::docx::detail

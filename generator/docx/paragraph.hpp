// Opening a paragraph with its properties (<w:p><w:pPr>...</w:pPr>), shared by every block writer.
#pragma once

#include <string>

#include "document/model.hpp"
#include "docx/styles.hpp"
#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

struct ParagraphProperties {
    std::string style;  // our style id
    bool page_break_before = false;
    int num_id = 0;  // 0 = not numbered
    int num_level = 0;
    int left_indent = -1;     // twips; -1 = the style's
    int space_before = -1;    // twips; -1 = the style's
    int space_after = -1;     // twips; -1 = the style's
    bool rule_below = false;  // thematic break
    document::Align align = document::Align::Left;
};

// Writes <w:p> and its <w:pPr>; the caller writes the runs and closes the paragraph with end().
void start_paragraph(XmlWriter& xml, const ParagraphProperties& properties, const StyleIds& styles);

}  // namespace amparo::docx::detail

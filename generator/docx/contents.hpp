// The table of contents (a TOC field Word updates) and the table of authorities.
#pragma once

#include "document/model.hpp"
#include "docx/body_context.hpp"
#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

// A TOC field over heading levels 1-3 whose cached result lists the headings (linked to their
// bookmarks) without page numbers; Word fills in the numbers when it updates fields on opening
// (settings.xml asks it to).
void write_table_of_contents(XmlWriter& xml, const document::Document& document,
                             BodyContext& context, bool page_break_before);

// The authorities under a heading per category, in the order Document::authorities gives.
void write_table_of_authorities(XmlWriter& xml, const document::Document& document,
                                BodyContext& context, bool page_break_before);

}  // namespace amparo::docx::detail

// The table of contents and the table of authorities, each a titled page of Word fields.
#pragma once

#include "document/model.hpp"
#include "docx/body_context.hpp"
#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

// "Table of Contents" at the top of a new page, then a TOC field over heading levels 1-3 whose
// cached result lists the headings (linked to their bookmarks) without page numbers; Word fills
// in the numbers when it updates fields on opening (settings.xml asks it to).
void write_table_of_contents(XmlWriter& xml, const document::Document& document,
                             BodyContext& context);

// "Table of Authorities" at the top of a new page, then per category (in the order
// Document::authorities gives) its heading and a TOA field collecting that category's TA fields;
// the cached result lists the category's authorities without page numbers.
void write_table_of_authorities(XmlWriter& xml, const document::Document& document,
                                BodyContext& context);

}  // namespace amparo::docx::detail

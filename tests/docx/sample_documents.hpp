// Fictional documents built directly in the model, covering every block the DOCX writer handles.
#pragma once

#include <string>
#include <vector>

#include "document/model.hpp"

namespace amparo::docx_test {

document::Inline text(const std::string& content);
document::Inline emphasis(const std::string& content);
document::Inline placeholder(const std::string& missing);
document::Block heading(int level, const std::string& content, const std::string& anchor);
document::Block paragraph(std::vector<document::Inline> inlines);
document::Block numbered_paragraph(int number, const std::string& content);

// A declaration: headings, declaration paragraphs 1-12 running across headings, a case name in
// italics, a block quote, a placeholder, a signature block, then a page break and an exhibit
// index long enough to run over a page.
document::Document declaration();

// A brief: cover page, table of contents and of authorities, three heading levels, lists, a
// cross-reference, a link, a code block, a thematic break.
document::Document brief();

// The text a reader should find, in order: top-level headings and paragraphs, block-quoted
// paragraphs, and declaration paragraphs as "12. text" (Word draws the number).
std::vector<std::string> expected_texts(const document::Document& document);

}  // namespace amparo::docx_test

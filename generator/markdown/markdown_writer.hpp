// The Markdown writer: the document model as CommonMark (with GitHub's pipe tables), like the PDF
// and DOCX writers. No template directives and no amparo-only link forms reach the file: the
// table of contents and of authorities are written out, citations are their printed text.
#pragma once

#include <string>

#include "document/model.hpp"

namespace amparo::markdown {

std::string write_markdown(const document::Document& document);

}  // namespace amparo::markdown

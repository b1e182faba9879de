// Writes a document model as a Word .docx (WordprocessingML through libxml2, zipped with libzip).
#pragma once

#include <string>

#include "casefile/diagnostic.hpp"
#include "document/model.hpp"
#include "docx/docx_options.hpp"

namespace amparo::docx {

struct DocxResult {
    std::string bytes;  // the .docx file; empty when diagnostics hold an error
    Diagnostics diagnostics;

    bool ok() const { return !bytes.empty(); }
};

// The same document and options always give the same bytes.
// A missing or malformed reference .docx gives an error diagnostic naming that file; a usable one
// may give warnings naming it: a style whose numbering was removed (it would have numbered our
// headings and shifted the declaration's paragraph numbers), the styles it lacked.
DocxResult write_docx(const document::Document& document, const DocxOptions& options);

}  // namespace amparo::docx

// Reading a .docx the way a user's office suite would: LibreOffice headless to PDF, then pdftotext.
#pragma once

#include <filesystem>
#include <string>

namespace amparo::docx_test {

// Converts a document to `format` ("pdf", "docx") beside it, with its own LibreOffice profile
// (parallel runs do not clash) and a time limit; returns the new file's path. Throws
// std::runtime_error with soffice's output when no file appears.
std::filesystem::path convert_with_libreoffice(const std::filesystem::path& document,
                                               const std::string& format);

// convert_with_libreoffice(docx, "pdf").
std::filesystem::path convert_to_pdf(const std::filesystem::path& docx);

// pdftotext's reading of the PDF.
std::string pdf_text(const std::filesystem::path& pdf);

// Text for "is it there, in order" checks: footer lines ("Page 2 of 5") dropped so paragraphs
// that run over a page join up again, ligatures unfolded, every run of white space one space,
// none at either end.
std::string normalized(const std::string& text);

// Fails (does not skip) when a reader the acceptance tests need is missing.
void require_program(const std::string& name);

}  // namespace amparo::docx_test

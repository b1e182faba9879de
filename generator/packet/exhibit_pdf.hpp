// Reading exhibit PDFs from the outside world. They are untrusted input: qpdf's library reads
// them because it is fuzzed continuously upstream, and every failure becomes a message.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

class QPDF;

namespace amparo::packet {

// What amparo needs to know of an exhibit file before it is cited or assembled.
struct ExhibitPdfFacts {
    int pages = 0;
    bool repaired = false;   // qpdf had to repair it (damaged cross-reference table, ...)
    bool encrypted = false;  // opened with the empty user password (owner restrictions only)
};

// Opens the file at `file` into `pdf` for the packet assembler: qpdf reads from the file as it
// goes, so an exhibit is never held in memory whole. Every check of read_exhibit_pdf but one:
// the pages' content is not read through to find damage, as the build's validation did that
// moments before (reading it twice cost a tenth of the assembly time).
std::optional<ExhibitPdfFacts> open_exhibit_pdf(QPDF& pdf, const std::filesystem::path& file,
                                                std::string& error);

// The facts of the PDF at `file`, or nullopt with `error` saying why it cannot be used
// ("not a readable PDF: ...", "protected by a password ...", "has no pages"). Never throws.
std::optional<ExhibitPdfFacts> read_exhibit_pdf(const std::filesystem::path& file,
                                                std::string& error);

// The same for bytes already in memory (the fuzz target reads through this).
std::optional<ExhibitPdfFacts> read_exhibit_pdf_bytes(std::string_view bytes, std::string& error);

}  // namespace amparo::packet

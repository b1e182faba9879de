// qpdf opens the file (repairing what it can), and its page tree gives the page count. A file
// that needs a user password, that qpdf cannot repair, or that has no pages is refused.
#include "packet/exhibit_pdf.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <fstream>

namespace amparo::packet {

namespace {

constexpr std::size_t kHeaderWindow = 1024;

// qpdf's messages name the input and an offset; keep its reason, which tells the user enough.
std::string reason_of(const QPDFExc& e) {
    std::string message = e.getMessageDetail();
    return message.empty() ? std::string(e.what()) : message;
}

// `head` is the file's first kilobyte; `open` hands the whole file to qpdf, which reads lazily
// from disk (a 100 MB scan is never held in memory whole).
template <typename Open>
std::optional<ExhibitPdfFacts> read(std::string_view head, const Open& open, std::string& error) {
    // qpdf repairs what it can, so a renamed Word file would only get a message about trailers;
    // a PDF header must stand within the first kilobyte (where readers look for it).
    if (head.find("%PDF-") == std::string_view::npos) {
        error =
            "not a PDF (it does not start with %PDF-): was another kind of file given a .pdf "
            "name?";
        return std::nullopt;
    }
    try {
        QPDF pdf;
        // Warnings go to stderr by default; library code stays quiet and reports through `error`.
        pdf.setSuppressWarnings(true);
        pdf.setAttemptRecovery(true);
        open(pdf);
        ExhibitPdfFacts facts;
        facts.pages = static_cast<int>(QPDFPageDocumentHelper(pdf).getAllPages().size());
        if (facts.pages == 0) {
            error = "a PDF with no pages";
            return std::nullopt;
        }
        return facts;
    } catch (const QPDFExc& e) {
        if (e.getErrorCode() == qpdf_e_password) {
            error = "protected by a password (it cannot be opened without one)";
        } else {
            error = "not a readable PDF: " + reason_of(e);
        }
    } catch (const std::exception& e) {
        error = std::string("not a readable PDF: ") + e.what();
    }
    return std::nullopt;
}

}  // namespace

std::optional<ExhibitPdfFacts> read_exhibit_pdf(const std::filesystem::path& file,
                                                std::string& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = "not readable";
        return std::nullopt;
    }
    std::string head(kHeaderWindow, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return read(
        head, [&](QPDF& pdf) { pdf.processFile(file.c_str()); }, error);
}

std::optional<ExhibitPdfFacts> read_exhibit_pdf_bytes(std::string_view bytes, std::string& error) {
    return read(
        bytes.substr(0, kHeaderWindow),
        [&](QPDF& pdf) { pdf.processMemoryFile("exhibit", bytes.data(), bytes.size()); }, error);
}

}  // namespace amparo::packet

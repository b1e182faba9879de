// qpdf opens the file (repairing what it can), and its page tree gives the page count. A file
// that needs a user password, that qpdf cannot repair, or that has no pages is refused.
#include "packet/exhibit_pdf.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <fstream>
#include <sstream>

namespace amparo::packet {

namespace {

// qpdf's messages name the input and an offset; keep its reason, which tells the user enough.
std::string reason_of(const QPDFExc& e) {
    std::string message = e.getMessageDetail();
    return message.empty() ? std::string(e.what()) : message;
}

std::optional<ExhibitPdfFacts> read(const std::string& bytes, std::string& error) {
    // qpdf repairs what it can, so a renamed Word file would only get a message about trailers;
    // a PDF header must stand within the first kilobyte (where readers look for it).
    if (bytes.substr(0, 1024).find("%PDF-") == std::string::npos) {
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
        pdf.processMemoryFile("exhibit", bytes.data(), bytes.size());
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
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return read(bytes.str(), error);
}

std::optional<ExhibitPdfFacts> read_exhibit_pdf_bytes(std::string_view bytes, std::string& error) {
    return read(std::string(bytes), error);
}

}  // namespace amparo::packet

// qpdf opens the file (repairing what it can), and its page tree gives the page count. A file
// that needs a user password, that qpdf cannot repair, or that has no pages is refused.
#include "packet/exhibit_pdf.hpp"

#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <fstream>
#include <sstream>
#include <vector>

namespace amparo::packet {

namespace {

// qpdf's messages name the input and an offset; keep its reason, which tells the user enough.
std::string reason_of(const QPDFExc& e) {
    std::string message = e.getMessageDetail();
    return message.empty() ? std::string(e.what()) : message;
}

// Pages whose content streams qpdf cannot read (a truncated file keeps its page tree but loses
// the content behind the cut): such pages would come out blank, so they are named.
std::vector<int> pages_with_unreadable_content(QPDF& pdf) {
    std::vector<int> damaged;
    pdf.getWarnings();  // start from a clean slate: only warnings raised below count
    int number = 0;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        ++number;
        try {
            Pl_Discard discard;
            page.pipeContents(&discard);
        } catch (const std::exception&) {
            damaged.push_back(number);
            continue;
        }
        if (pdf.anyWarnings()) {
            damaged.push_back(number);
            pdf.getWarnings();
        }
    }
    return damaged;
}

std::string page_list(const std::vector<int>& pages) {
    std::string out;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        std::size_t j = i;
        while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1) ++j;
        if (!out.empty()) out += ", ";
        out += std::to_string(pages[i]);
        if (j > i) out += "\u2013" + std::to_string(pages[j]);
        i = j;
    }
    return out;
}

std::optional<ExhibitPdfFacts> read(const std::string& bytes, std::string& error) {
    QPDF pdf;
    return open_exhibit_pdf(pdf, bytes, error);
}

}  // namespace

std::optional<ExhibitPdfFacts> open_exhibit_pdf(QPDF& pdf, const std::string& bytes,
                                                std::string& error) {
    // qpdf repairs what it can, so a renamed Word file would only get a message about trailers;
    // a PDF header must stand within the first kilobyte (where readers look for it).
    if (bytes.substr(0, 1024).find("%PDF-") == std::string::npos) {
        error =
            "not a PDF (it does not start with %PDF-): was another kind of file given a .pdf "
            "name?";
        return std::nullopt;
    }
    try {
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
        facts.repaired = pdf.anyWarnings();
        facts.encrypted = pdf.isEncrypted();
        // Only a file qpdf had to repair is read through: an intact file's pages are intact.
        if (facts.repaired) {
            pdf.getWarnings();
            auto damaged = pages_with_unreadable_content(pdf);
            if (!damaged.empty()) {
                error = "damaged: the content of page" +
                        std::string(damaged.size() > 1 ? "s " : " ") + page_list(damaged) +
                        " cannot be read (they would come out blank)";
                return std::nullopt;
            }
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

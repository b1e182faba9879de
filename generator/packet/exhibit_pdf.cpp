// qpdf opens the file (repairing what it can), and its page tree gives the page count. A file
// that needs a user password, that qpdf cannot repair, or that has no pages is refused.
#include "packet/exhibit_pdf.hpp"

#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <cctype>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

namespace amparo::packet {

namespace {

// qpdf's messages name the input and an offset; keep its reason, which tells the user enough.
std::string reason_of(const QPDFExc& e) {
    std::string message = e.getMessageDetail();
    return message.empty() ? std::string(e.what()) : message;
}

// Pages whose content is gone (a truncated download keeps its page tree but loses what lay
// behind the cut): the page object or its content streams are null, or qpdf gave up on a stream.
// Such pages would come out blank, so they are named. Streams whose length qpdf recovered are
// fine. Warnings raised here are left for the caller to see (a damaged file is reported).
std::vector<int> pages_with_missing_content(QPDF& pdf, bool& warned) {
    std::vector<int> damaged;
    int number = 0;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        ++number;
        auto object = page.getObjectHandle();
        // A page without /Contents is just blank, and so is a page object qpdf could not parse
        // (it stands in an empty page); a page object the damage took away altogether (a null,
        // as behind the cut of a truncated file) is lost, like a lost content stream.
        bool missing = object.isNull();
        auto contents = object.isDictionary() ? object.getKey("/Contents") : QPDFObjectHandle();
        if (object.isDictionary() && object.hasKey("/Contents") && !contents.isStream() &&
            !contents.isArray()) {
            missing = true;
        }
        if (contents.isArray()) {
            for (int i = 0; i < contents.getArrayNItems(); ++i) {
                if (!contents.getArrayItem(i).isStream()) missing = true;
            }
        }
        try {
            Pl_Discard discard;
            page.pipeContents(&discard);
        } catch (const std::exception&) {
            missing = true;
        }
        for (const auto& warning : pdf.getWarnings()) {
            warned = true;
            if (warning.getMessageDetail().find("unable to recover stream data") !=
                std::string::npos) {
                missing = true;
            }
        }
        if (missing) damaged.push_back(number);
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

// Why a file without a PDF header is not one, in the words that tell the user what happened:
// the two usual causes are an interrupted copy (nothing in it) and a download that saved the
// site's error or log-in page under the document's name.
std::string not_a_pdf(std::string_view head) {
    if (head.empty())
        return "an empty file (0 bytes), not a PDF: was its copy or download cut off?";
    std::string start(head.substr(0, 1024));
    for (char& c : start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (start.find("<html") != std::string::npos ||
        start.find("<!doctype html") != std::string::npos) {
        return "not a PDF: its content looks like a web page (HTML), as when a site's error or "
               "log-in page is saved under a .pdf name; download the document again";
    }
    return "not a PDF (it does not start with %PDF-): was another kind of file given a .pdf name?";
}

std::optional<ExhibitPdfFacts> open_checked(QPDF& pdf, std::string_view head,
                                            const std::function<void()>& process,
                                            bool read_every_page, std::string& error);

std::optional<ExhibitPdfFacts> read(const std::string& bytes, std::string& error) {
    QPDF pdf;
    return open_checked(
        pdf, bytes, [&] { pdf.processMemoryFile("exhibit", bytes.data(), bytes.size()); }, true,
        error);
}

// The checks, whatever qpdf reads from: `head` is the file's first kilobyte.
std::optional<ExhibitPdfFacts> open_checked(QPDF& pdf, std::string_view head,
                                            const std::function<void()>& process,
                                            bool read_every_page, std::string& error) {
    // qpdf repairs what it can, so a renamed Word file would only get a message about trailers;
    // a PDF header must stand within the first kilobyte (where readers look for it).
    if (head.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
        error = not_a_pdf(head);
        return std::nullopt;
    }
    try {
        // Warnings go to stderr by default; library code stays quiet and reports through `error`.
        pdf.setSuppressWarnings(true);
        pdf.setAttemptRecovery(true);
        process();
        ExhibitPdfFacts facts;
        facts.pages = static_cast<int>(QPDFPageDocumentHelper(pdf).getAllPages().size());
        if (facts.pages == 0) {
            error = "a PDF with no pages";
            return std::nullopt;
        }
        bool warned = !pdf.getWarnings().empty();
        facts.encrypted = pdf.isEncrypted();
        if (!read_every_page) {
            facts.repaired = warned;
            return facts;
        }
        // Every page's content is read once: some damage only shows when a stream is reached.
        // A page without content in an intact file is simply blank.
        auto damaged = pages_with_missing_content(pdf, warned);
        if (!damaged.empty() && warned) {
            const bool several = damaged.size() > 1;
            error = "damaged: the content of page" + std::string(several ? "s " : " ") +
                    page_list(damaged) + (several ? " is missing (they" : " is missing (it") +
                    " would come out blank)";
            return std::nullopt;
        }
        facts.repaired = warned;
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

std::optional<ExhibitPdfFacts> open_exhibit_pdf(QPDF& pdf, const std::filesystem::path& file,
                                                std::string& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = "not readable";
        return std::nullopt;
    }
    std::string head(1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return open_checked(
        pdf, head, [&] { pdf.processFile(file.c_str()); }, false, error);
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

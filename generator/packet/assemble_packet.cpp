// The assembler: sources stay open (qpdf copies lazily) until the packet is written.
#include "packet/assemble_packet.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "packet/exhibit_annotations.hpp"
#include "packet/exhibit_links.hpp"
#include "packet/exhibit_pdf.hpp"
#include "packet/packet_identity.hpp"
#include "packet/packet_outline.hpp"
#include "packet/packet_parts.hpp"
#include "packet/page_stamp.hpp"
#include "packet/paper_size.hpp"

namespace amparo::packet {

namespace {

// An open PDF and the bytes qpdf reads it from (empty when it reads from a file).
struct OpenPdf {
    std::string bytes;
    QPDF pdf;
    bool repaired = false;  // qpdf repaired it while opening
};

Diagnostic exhibit_problem(Severity severity, const std::string& id, std::string message,
                           std::string hint = "") {
    return {"", 0, 0, severity, id, std::move(message), std::move(hint)};
}

// The standard Helvetica, shared by every stamp in the packet.
QPDFObjectHandle stamp_font(QPDF& out) {
    return out.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
}

std::unique_ptr<OpenPdf> open_own_pages(const std::string& bytes, const char* name) {
    auto own = std::make_unique<OpenPdf>();
    own->bytes = bytes;
    own->pdf.processMemoryFile(name, own->bytes.data(), own->bytes.size());
    own->pdf.pushInheritedAttributesToPage();
    return own;
}

bool version_less(const std::string& a, const std::string& b) {
    int a_major = 0, a_minor = 0, b_major = 0, b_minor = 0;
    std::sscanf(a.c_str(), "%d.%d", &a_major, &a_minor);
    std::sscanf(b.c_str(), "%d.%d", &b_major, &b_minor);
    return a_major != b_major ? a_major < b_major : a_minor < b_minor;
}

// A page as it is, its visible box unchanged (no fitting asked).
PageFit as_it_is(QPDFPageObjectHelper& page) {
    PageFit fit;
    fit.visible = visible_box(page);
    return fit;
}

// What stamping an exhibit's pages found, for one note per exhibit.
struct PageTally {
    OddPaperSizes sizes;
    int shrunk = 0;
    int placed = 0;  // smaller pages put on letter sheets at their own size
    int illegible = 0;
    double smallest_scale = 1;
};

// Says which of an exhibit's pages are not US Letter, and what was done with them.
void report_pages(const std::string& id, const PageTally& tally, Diagnostics& problems) {
    const auto& sizes = tally.sizes;
    if (tally.shrunk > 0 || tally.placed > 0) {
        // One note for what fitting did: the sizes found, how many pages were shrunk and how
        // far, how many were only centred.
        std::vector<std::string> done;
        if (tally.shrunk > 0) {
            done.push_back(std::to_string(tally.shrunk) +
                           " scaled down to fit with room for the stamp (to " +
                           std::to_string(static_cast<int>(tally.smallest_scale * 100)) +
                           "% at the smallest)");
        }
        if (tally.placed > 0) {
            done.push_back(std::to_string(tally.placed) + " centred at their own size");
        }
        const bool small = tally.shrunk > 0 && tally.smallest_scale < 0.5;
        problems.push_back(exhibit_problem(
            small ? Severity::Warning : Severity::Note, id,
            std::to_string(tally.shrunk + tally.placed) + " page(s) of exhibit " + id +
                " are not US Letter (" + sizes.names() + ") and were put on letter paper: " +
                done.front() + (done.size() > 1 ? ", " + done.back() : ""),
            small ? "check that the shrunk pages are still legible" : ""));
    }
    if (tally.shrunk == 0 && tally.placed == 0 && sizes.pages() > 0) {
        std::string message = std::to_string(sizes.pages()) + " page(s) of exhibit " + id +
                              " are not US Letter (" + sizes.names() + ") and keep their size";
        if (sizes.oversized_pages() == 0) {
            problems.push_back(exhibit_problem(Severity::Note, id, message));
        } else {
            problems.push_back(exhibit_problem(
                Severity::Warning, id,
                message + "; " + std::to_string(sizes.oversized_pages()) +
                    " of them larger than US Legal, oversized for a filing (the stamp grows "
                    "with the page)",
                "print or scan them at letter size, or use a court profile with `packet: "
                "{fit_to_letter: true}`"));
        }
    }
    if (tally.illegible > 0) {
        problems.push_back(exhibit_problem(Severity::Warning, id,
                                           std::to_string(tally.illegible) +
                                               " page(s) of exhibit " + id +
                                               " are too small to carry a legible page stamp",
                                           "rescan or reprint the document at its real size"));
    }
}

// The packet being built: its pages so far and what every page gets.
class PacketBuilder {
  public:
    explicit PacketBuilder(const PacketInputs& inputs) : inputs_(inputs) {
        out.emptyPDF();
        font_ = stamp_font(out);
    }

    // Appends pages [first, first + count) of `source`, stamped as packet pages from `page`.
    // Amparo's own pages pass no placement; an exhibit's pages are also labelled and tallied.
    void append(QPDF& source, std::size_t first, std::size_t count, int page,
                const ExhibitPlacement* placement = nullptr, PageTally* tally = nullptr) {
        QPDFPageDocumentHelper target(out);
        const auto& pages = source.getAllPages();
        for (std::size_t i = first; i < first + count && i < pages.size(); ++i, ++page) {
            QPDFPageObjectHelper copy(pages[i]);
            target.addPage(copy, false);
            copy = QPDFPageObjectHelper(out.getAllPages().back());
            stamp(copy, page, placement, tally);
        }
    }

    QPDF out;

  private:
    void stamp(QPDFPageObjectHelper& page, int number, const ExhibitPlacement* placement,
               PageTally* tally) {
        std::string text = page_stamp_text(inputs_.stamp, number);
        if (placement && inputs_.stamp.exhibit_page_labels) {
            text = "Exhibit " + placement->exhibit.tab + ", page " +
                   std::to_string(number - placement->first_page + 1) + " of " +
                   std::to_string(placement->exhibit.all_pages()) + "    " + text;
        }
        if (tally) {
            PageBox seen = visible_box(page);
            bool sideways = page_rotation(page) % 180 != 0;
            tally->sizes.add(sideways ? seen.height() : seen.width(),
                             sideways ? seen.width() : seen.height());
        }
        // Only an exhibit's pages are fitted: amparo's own are laid out on letter.
        PageFit fit = tally && inputs_.fit_to_letter ? fit_to_letter(page) : as_it_is(page);
        std::string closing = isolate_content(out, page, fit.content_prefix, openings_);
        bool legible = stamp_page(out, page, fit.visible, text, font_, closing).legible;
        if (!tally) return;
        if (fit.scale < 1) {
            ++tally->shrunk;
            tally->smallest_scale = std::min(tally->smallest_scale, fit.scale);
        } else if (fit.placed) {
            ++tally->placed;
        }
        if (!legible) ++tally->illegible;
    }

    const PacketInputs& inputs_;
    QPDFObjectHandle font_;
    SharedOpenings openings_;
};

// Opens an exhibit's file or its translation's for the merge, with the warnings it deserves;
// nullptr (and an error) when it is not the file that was counted.
std::unique_ptr<OpenPdf> open_source(const std::filesystem::path& file, int pages,
                                     const std::string& id, const std::string& what,
                                     Diagnostics& problems) {
    auto source = std::make_unique<OpenPdf>();
    std::string error;
    auto facts = open_exhibit_pdf(source->pdf, file, error);
    if (!facts || facts->pages != pages) {
        problems.push_back(exhibit_problem(
            Severity::Error, id,
            "the file of " + what + " is " + (facts ? "changed since it was counted" : error),
            "replace it with the PDF as scanned or exported"));
        return nullptr;
    }
    if (facts->encrypted) {
        problems.push_back(exhibit_problem(
            Severity::Warning, id,
            "the file of " + what +
                " is encrypted with an owner password (restrictions only); it was read and the "
                "packet carries no encryption",
            "make sure the client may file this document"));
    }
    source->repaired = facts->repaired;
    source->pdf.pushInheritedAttributesToPage();
    settle_annotations(source->pdf, id, what, problems);
    return source;
}

// After a source's pages were copied and their content read: some damage only shows when qpdf
// reaches a stream, so a repair is known only now. Objects nothing copied reaches (a dropped
// annotation, an unused font) are read too, as `qpdf --check` reads them, so that a file qpdf
// had to repair is never reported as sound.
void report_repair(OpenPdf& source, const std::string& id, const std::string& what,
                   Diagnostics& problems) {
    for (auto& object : source.pdf.getAllObjects()) object.getTypeCode();
    if (!source.repaired && !source.pdf.anyWarnings()) return;
    problems.push_back(exhibit_problem(
        Severity::Warning, id,
        "the file of " + what + " was damaged and has been repaired; every page's content was read",
        "compare the exhibit's pages in the packet with the original"));
}

}  // namespace

std::string page_stamp_text(const StampOptions& options, int page) {
    if (options.bates_prefix.empty()) return "Page " + std::to_string(page);
    char digits[16];
    std::snprintf(digits, sizeof digits, "%06d", page);
    return options.bates_prefix + "-" + digits;
}

PacketResult assemble_packet(const PacketInputs& inputs) {
    PacketResult result;
    try {
        const auto& map = inputs.map;
        PacketBuilder packet(inputs);
        auto front = open_own_pages(inputs.front_matter_pdf, "front matter");
        auto tabs = open_own_pages(inputs.tab_pages_pdf, "tab pages");
        std::unique_ptr<OpenPdf> certificates;
        if (!inputs.certificates_pdf.empty()) {
            certificates = open_own_pages(inputs.certificates_pdf, "translators' certificates");
        }
        std::string version = "1.7";
        packet.append(front->pdf, 0, static_cast<std::size_t>(map.front_pages), 1);
        // Sources stay open until the packet is written: qpdf copies stream data lazily.
        std::vector<std::unique_ptr<OpenPdf>> sources;
        std::vector<Bookmark> outline;
        std::size_t next_certificate = 0;
        for (std::size_t e = 0; e < map.exhibits.size(); ++e) {
            const auto& placement = map.exhibits[e];
            const auto& exhibit = placement.exhibit;
            packet.append(tabs->pdf, e, 1, placement.tab_page);
            Bookmark bookmark{
                "Exhibit " + exhibit.tab + ": " + exhibit.title, placement.tab_page, {}};
            PageTally tally;
            // Opens, copies and stamps one of the exhibit's files; false when it cannot be used.
            auto add_file = [&](const std::filesystem::path& file, int pages, int first_page,
                                const std::string& what) {
                auto source = open_source(file, pages, exhibit.id, what, result.diagnostics);
                if (!source) return false;
                packet.append(source->pdf, 0, static_cast<std::size_t>(pages), first_page,
                              &placement, &tally);
                repoint_links(packet.out, static_cast<std::size_t>(first_page - 1), source->pdf, 0,
                              static_cast<std::size_t>(pages));
                report_repair(*source, exhibit.id, what, result.diagnostics);
                sources.push_back(std::move(source));
                return true;
            };
            if (!add_file(inputs.exhibit_files[e], exhibit.pages, placement.first_page,
                          "exhibit " + exhibit.id)) {
                return result;
            }
            bookmark.children = source_bookmarks(sources.back()->pdf, placement.first_page);
            int page = placement.first_page + exhibit.pages;
            if (exhibit.translation_pages > 0) {
                if (!add_file(inputs.translation_files.at(e), exhibit.translation_pages, page,
                              "the translation of exhibit " + exhibit.id)) {
                    return result;
                }
                bookmark.children.push_back({"English translation", page, {}});
                page += exhibit.translation_pages;
            }
            if (exhibit.certificate_pages > 0 && certificates) {
                packet.append(certificates->pdf, next_certificate,
                              static_cast<std::size_t>(exhibit.certificate_pages), page, &placement,
                              &tally);
                bookmark.children.push_back({"Translator's certificate", page, {}});
                next_certificate += static_cast<std::size_t>(exhibit.certificate_pages);
            }
            report_pages(exhibit.id, tally, result.diagnostics);
            outline.push_back(std::move(bookmark));
        }
        for (const auto& source : sources) {
            if (version_less(version, source->pdf.getPDFVersion())) {
                version = source->pdf.getPDFVersion();
            }
        }
        if (map.closing_pages > 0) {
            auto closing = open_own_pages(inputs.closing_pdf, "closing pages");
            packet.append(closing->pdf, 0, static_cast<std::size_t>(map.closing_pages),
                          map.total_pages - map.closing_pages + 1);
            sources.push_back(std::move(closing));
        }
        add_packet_outline(packet.out, outline, 1);
        PacketPart whole;
        whole.first_page = 1;
        whole.last_page = map.total_pages;
        for (const auto& placement : map.exhibits) {
            whole.exhibit_ids.push_back(placement.exhibit.id);
        }
        const std::string identity = packet_identity(inputs);
        whole.bytes = write_deterministic(packet.out, version, identity);
        if (inputs.max_part_bytes > 0 && whole.bytes.size() > inputs.max_part_bytes) {
            result.parts = split_packet(packet.out, map, outline, inputs.max_part_bytes, version,
                                        identity, result.diagnostics);
            return result;
        }
        result.parts.push_back(std::move(whole));
    } catch (const std::exception& e) {
        result.parts.clear();
        result.diagnostics.push_back(
            {"", 0, 0, Severity::Error, "",
             std::string("the exhibit packet could not be made: ") + e.what(), ""});
    }
    return result;
}

}  // namespace amparo::packet

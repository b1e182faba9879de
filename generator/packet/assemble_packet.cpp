// The assembler: sources stay open (qpdf copies lazily) until the packet is written.
#include "packet/assemble_packet.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <cstdio>
#include <memory>

#include "packet/exhibit_pdf.hpp"
#include "packet/packet_outline.hpp"
#include "packet/packet_parts.hpp"
#include "packet/page_stamp.hpp"

namespace amparo::packet {

namespace {

// An open PDF and the bytes qpdf reads it from.
struct OpenPdf {
    std::string bytes;
    QPDF pdf;
};

Diagnostic exhibit_problem(Severity severity, const std::string& id, std::string message,
                           std::string hint = "") {
    return {"", 0, 0, severity, id, std::move(message), std::move(hint)};
}

// Forms and annotations must not stay active in a filing: what has an appearance is drawn into
// the page, the rest (links, popups, widgets without appearance) is removed. Says what it did.
void settle_annotations(QPDF& pdf, const std::string& id, Diagnostics& problems) {
    auto root = pdf.getRoot();
    auto acroform = root.getKey("/AcroForm");
    if (acroform.isDictionary() && acroform.hasKey("/XFA")) {
        problems.push_back(exhibit_problem(
            Severity::Warning, id,
            "exhibit " + id +
                " is an XFA form: the packet shows its static pages, which may differ from "
                "what Acrobat displays",
            "print the filled form to PDF and use that file"));
    }
    QPDFAcroFormDocumentHelper forms(pdf);
    bool had_fields = forms.hasAcroForm() && !forms.getFormFields().empty();
    if (had_fields) forms.generateAppearancesIfNeeded();
    QPDFPageDocumentHelper pages(pdf);
    int annotations = 0;
    for (auto& page : pages.getAllPages()) {
        auto annots = page.getObjectHandle().getKey("/Annots");
        if (annots.isArray()) annotations += annots.getArrayNItems();
    }
    // Drawn into the page when they have an appearance; qpdf discards the rest.
    pages.flattenAnnotations();
    for (auto& page : pages.getAllPages()) page.getObjectHandle().removeKey("/Annots");
    if (had_fields) {
        problems.push_back(exhibit_problem(Severity::Note, id,
                                           "the form fields of exhibit " + id +
                                               " were flattened: their values are printed on "
                                               "the page and can no longer be edited"));
    }
    if (annotations > 0) {
        problems.push_back(exhibit_problem(
            Severity::Note, id,
            std::to_string(annotations) + " annotation(s) of exhibit " + id +
                " (form fields, links, comments) were drawn into the page or removed: a filing "
                "carries no active content"));
    }
}

// The standard Helvetica, shared by every stamp in the packet.
QPDFObjectHandle stamp_font(QPDF& out) {
    return out.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
}

// Copies the pages of `source` (all, or [first, first+count)) to the end of `out`.
void append_pages(QPDF& out, QPDF& source, std::size_t first, std::size_t count) {
    QPDFPageDocumentHelper target(out);
    auto pages = QPDFPageDocumentHelper(source).getAllPages();
    for (std::size_t i = first; i < first + count && i < pages.size(); ++i) {
        target.addPage(pages[i], false);
    }
}

bool version_less(const std::string& a, const std::string& b) {
    int a_major = 0, a_minor = 0, b_major = 0, b_minor = 0;
    std::sscanf(a.c_str(), "%d.%d", &a_major, &a_minor);
    std::sscanf(b.c_str(), "%d.%d", &b_major, &b_minor);
    return a_major != b_major ? a_major < b_major : a_minor < b_minor;
}

// Front matter and tab pages: amparo's own letter pages, balanced and upright.
void stamp_own_page(QPDF& out, QPDFPageObjectHelper page, const std::string& text,
                    QPDFObjectHandle font) {
    PageFit fit = fit_to_letter(page);
    isolate_content(out, page, fit.content_prefix);
    stamp_page(out, page, fit.visible, text, font);
}

// One exhibit's pages, stamped, appended to the packet.
void add_exhibit(QPDF& out, OpenPdf& source, const ExhibitPlacement& placement,
                 const StampOptions& options, QPDFObjectHandle font, Diagnostics& problems) {
    const std::string& id = placement.exhibit.id;
    source.pdf.pushInheritedAttributesToPage();
    settle_annotations(source.pdf, id, problems);
    std::size_t first_index = out.getAllPages().size();
    append_pages(out, source.pdf, 0, static_cast<std::size_t>(placement.exhibit.pages));
    const auto& all = out.getAllPages();
    std::vector<QPDFPageObjectHelper> pages(all.begin() + static_cast<std::ptrdiff_t>(first_index),
                                            all.end());
    int shrunk = 0, illegible = 0;
    double smallest_scale = 1;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        int in_exhibit = static_cast<int>(i) + 1;
        int packet_page = placement.first_page + in_exhibit - 1;
        std::string text = page_stamp_text(options, packet_page);
        if (options.exhibit_page_labels) {
            text = "Exhibit " + placement.exhibit.tab + ", page " + std::to_string(in_exhibit) +
                   " of " + std::to_string(placement.exhibit.pages) + "    " + text;
        }
        PageFit fit = fit_to_letter(pages[i]);
        isolate_content(out, pages[i], fit.content_prefix);
        if (fit.scale < 1) {
            ++shrunk;
            smallest_scale = std::min(smallest_scale, fit.scale);
        }
        if (!stamp_page(out, pages[i], fit.visible, text, font).legible) ++illegible;
    }
    if (shrunk > 0) {
        int percent = static_cast<int>(smallest_scale * 100);
        problems.push_back(exhibit_problem(
            smallest_scale < 0.5 ? Severity::Warning : Severity::Note, id,
            std::to_string(shrunk) + " page(s) of exhibit " + id +
                " are larger than US Letter and were scaled down to fit (to " +
                std::to_string(percent) + "% at the smallest)",
            smallest_scale < 0.5 ? "check that the shrunk pages are still legible" : ""));
    }
    if (illegible > 0) {
        problems.push_back(exhibit_problem(Severity::Warning, id,
                                           std::to_string(illegible) + " page(s) of exhibit " + id +
                                               " are too small to carry a legible page stamp",
                                           "rescan or reprint the document at its real size"));
    }
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
        OpenPdf front, tabs;
        front.bytes = inputs.front_matter_pdf;
        tabs.bytes = inputs.tab_pages_pdf;
        front.pdf.processMemoryFile("front matter", front.bytes.data(), front.bytes.size());
        tabs.pdf.processMemoryFile("tab pages", tabs.bytes.data(), tabs.bytes.size());
        tabs.pdf.pushInheritedAttributesToPage();
        front.pdf.pushInheritedAttributesToPage();

        QPDF out;
        out.emptyPDF();
        auto font = stamp_font(out);
        std::string version = "1.7";
        append_pages(out, front.pdf, 0, static_cast<std::size_t>(inputs.map.front_pages));
        {
            auto pages = QPDFPageDocumentHelper(out).getAllPages();
            for (std::size_t i = 0; i < pages.size(); ++i) {
                stamp_own_page(out, pages[i],
                               page_stamp_text(inputs.stamp, static_cast<int>(i) + 1), font);
            }
        }
        // Sources are kept open until the packet is written: qpdf copies stream data lazily.
        std::vector<std::unique_ptr<OpenPdf>> sources;
        std::vector<QPDFObjectHandle> tab_page_objects;
        for (std::size_t e = 0; e < inputs.map.exhibits.size(); ++e) {
            const auto& placement = inputs.map.exhibits[e];
            append_pages(out, tabs.pdf, e, 1);
            QPDFPageObjectHelper tab_page(out.getAllPages().back());
            stamp_own_page(out, tab_page, page_stamp_text(inputs.stamp, placement.tab_page), font);
            tab_page_objects.push_back(tab_page.getObjectHandle());

            auto source = std::make_unique<OpenPdf>();
            std::string error;
            auto facts = open_exhibit_pdf(source->pdf, inputs.exhibit_files[e], error);
            if (!facts || facts->pages != placement.exhibit.pages) {
                result.diagnostics.push_back(
                    exhibit_problem(Severity::Error, placement.exhibit.id,
                                    "the file of exhibit " + placement.exhibit.id + " is " +
                                        (facts ? "changed since it was counted" : error),
                                    "replace it with the PDF as scanned or exported"));
                return result;
            }
            if (facts->encrypted) {
                result.diagnostics.push_back(exhibit_problem(
                    Severity::Warning, placement.exhibit.id,
                    "the file of exhibit " + placement.exhibit.id +
                        " is encrypted with an owner password (restrictions only); it was read "
                        "and the packet carries no encryption",
                    "make sure the client may file this document"));
            }
            if (facts->repaired) {
                result.diagnostics.push_back(exhibit_problem(
                    Severity::Warning, placement.exhibit.id,
                    "the file of exhibit " + placement.exhibit.id +
                        " was damaged and has been repaired; every page's content was read",
                    "compare the exhibit's pages in the packet with the original"));
            }
            if (version_less(version, source->pdf.getPDFVersion())) {
                version = source->pdf.getPDFVersion();
            }
            add_exhibit(out, *source, placement, inputs.stamp, font, result.diagnostics);
            sources.push_back(std::move(source));
        }
        add_exhibit_outline(out, inputs.map.exhibits, tab_page_objects);
        PacketPart whole;
        whole.first_page = 1;
        whole.last_page = inputs.map.total_pages;
        for (const auto& placement : inputs.map.exhibits) {
            whole.exhibit_ids.push_back(placement.exhibit.id);
        }
        whole.bytes = write_deterministic(out, version);
        if (inputs.max_part_bytes > 0 && whole.bytes.size() > inputs.max_part_bytes) {
            result.parts =
                split_packet(out, inputs.map, inputs.max_part_bytes, version, result.diagnostics);
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

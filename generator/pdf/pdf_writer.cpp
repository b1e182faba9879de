// Layout passes until the page numbers of the TOC and TOA are stable, then drawing, outlines,
// links and a deterministic information dictionary.
#include "pdf/pdf_writer.hpp"

#include <podofo/podofo.h>
#include <ctime>

#include <set>

#include "document/dump.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/deflate.hpp"
#include "pdf/embedded_fonts.hpp"
#include "pdf/flow.hpp"
#include "pdf/paginate.hpp"
#include "profile/page_footer.hpp"

namespace amparo::pdf {

namespace {

using namespace PoDoFo;
using detail::EmbeddedFonts;
using detail::Mark;

PdfString utf8(const std::string& text) {
    return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str()));
}

std::string pdf_date(std::int64_t epoch) {
    std::time_t time = static_cast<std::time_t>(epoch);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char buffer[32];
    // The offset is written out in full ("Z00'00'"): poppler 22.12.0-2+deb12u3 reads a date that
    // ends in a bare "Z" as no date at all, and pdfinfo then shows none.
    std::strftime(buffer, sizeof buffer, "D:%Y%m%d%H%M%SZ00'00'", &utc);
    return buffer;
}

// FNV-1a of the document's dump: the trailer /ID is a hash of the Info dictionary only, so the
// content's hash goes into Info to give different documents different IDs.
std::string content_hash(const document::Document& document, const profile::CourtProfile& profile) {
    std::uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : document::dump(document) + profile.name) {
        hash = (hash ^ c) * 1099511628211ull;
    }
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

// The page's marks as PDF operators; text goes through the document's fonts, which record the
// glyphs they will embed.
std::string page_content(const detail::Page& page, EmbeddedFonts& fonts,
                         const profile::CourtProfile& profile, bool numbered, int number, int pages,
                         std::set<int>& styles) {
    const double height = profile.page_height;
    detail::ContentStream content;
    std::string hex;
    auto show = [&](int style, const std::string& text, double size, double x, double y) {
        hex.clear();
        fonts.encode(style, text, hex);
        content.text(EmbeddedFonts::resource_name(style), size, x, y, hex);
        styles.insert(style & 3);
    };
    for (const auto& placed : page.items) {
        for (const Mark& mark : placed.item->marks) {
            double y_top = height - (placed.top + mark.dy);
            switch (mark.kind) {
                case Mark::Kind::Highlight:
                    content.fill_rectangle(mark.x, y_top - mark.h, mark.w, mark.h, 1.0, 0.93, 0.35);
                    break;
                case Mark::Kind::Rule:
                    content.line(mark.x, y_top, mark.x + mark.w, y_top, 0.5);
                    break;
                case Mark::Kind::Box:
                    content.stroke_rectangle(mark.x, y_top - mark.h, mark.w, mark.h, 0.5);
                    break;
                case Mark::Kind::Text:
                    show(mark.piece.style, mark.piece.text, mark.size, mark.x, y_top);
                    break;
            }
        }
    }
    if (numbered) {
        const std::string text = amparo::profile::footer_text(profile.footer, number, pages);
        const double width = text_width(fonts.face(detail::kRegular), text, profile.font_size);
        show(detail::kRegular, text, profile.font_size, (profile.page_width - width) / 2,
             profile.margin_bottom / 2);
    }
    return content.operators();
}

// Only a table of contents or of authorities prints page numbers, so only then does the layout
// depend on the previous pass.
bool prints_page_numbers(const std::vector<document::Block>& blocks) {
    for (const auto& block : blocks) {
        if (block.kind == document::BlockKind::TableOfContents ||
            block.kind == document::BlockKind::TableOfAuthorities ||
            prints_page_numbers(block.children)) {
            return true;
        }
    }
    return false;
}

// Names the code points only: the text around them is the applicant's and stays out of logs.
Diagnostic missing_glyphs_warning(const std::set<char32_t>& missing) {
    std::string list;
    int shown = 0;
    for (char32_t code_point : missing) {
        if (shown++ == 8) {
            list += " and " + std::to_string(missing.size() - 8) + " more";
            break;
        }
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%sU+%04X", list.empty() ? "" : ", ",
                      static_cast<unsigned>(code_point));
        list += buffer;
    }
    return {"PDF writer",
            0,
            0,
            Severity::Warning,
            "",
            "Liberation Serif has no glyph for " + list + ": the PDF prints an empty box there",
            "write names as the applicant's identity documents spell them in Latin letters, or "
            "check the DOCX, where Word substitutes a font"};
}

void set_page_content(PdfPage* page, const std::string& operators, const std::set<int>& styles,
                      EmbeddedFonts& fonts) {
    detail::set_deflated_stream(page->GetContents(), operators);
    PdfDictionary font_resources;
    for (int style : styles) {
        font_resources.AddKey(PdfName(std::string(EmbeddedFonts::resource_name(style))),
                              fonts.font_object(style)->Reference());
    }
    page->GetResources()->GetDictionary().AddKey("Font", font_resources);
}

void add_outline_and_links(PdfMemDocument& pdf, const std::vector<detail::Page>& pages,
                           const detail::PageFacts& facts, const std::string& title,
                           const profile::CourtProfile& profile) {
    PdfOutlines* outlines = pdf.GetOutlines();
    PdfOutlineItem* root = outlines->CreateRoot(utf8(title));
    std::vector<PdfOutlineItem*> parents = {root};
    for (std::size_t p = 0; p < pages.size(); ++p) {
        for (const auto& placed : pages[p].items) {
            const auto* item = placed.item;
            PdfPage* page = pdf.GetPage(static_cast<int>(p));
            if (item->heading_level > 0) {
                int level = std::min(item->heading_level, 4);
                while (static_cast<int>(parents.size()) > level) parents.pop_back();
                while (static_cast<int>(parents.size()) < level) parents.push_back(parents.back());
                PdfDestination destination(page, profile.margin_left,
                                           profile.page_height - placed.top + 12, 0);
                parents.push_back(
                    parents.back()->CreateChild(utf8(item->heading_text), destination));
            }
            if (!item->link_to.empty()) {
                auto target = facts.heading_page.find(item->link_to);
                if (target == facts.heading_page.end()) continue;
                PdfRect area(profile.margin_left, profile.page_height - placed.top - item->height,
                             profile.page_width - profile.margin_left - profile.margin_right,
                             item->height);
                PdfAnnotation* link = page->CreateAnnotation(ePdfAnnotation_Link, area);
                link->SetBorderStyle(0, 0, 0);
                link->SetDestination(PdfDestination(pdf.GetPage(target->second - 1)));
                // PoDoFo stamps each annotation with the current time; a build must not.
                link->GetObject()->GetDictionary().RemoveKey(PdfName("M"));
            }
        }
    }
}

}  // namespace

PdfResult write_pdf(const document::Document& document, const profile::CourtProfile& profile,
                    const FontSet& fonts, std::int64_t creation_epoch) {
    PdfResult result;
    try {
        PdfMemDocument pdf;
        detail::EmbeddedFonts embedded(fonts, pdf.GetObjects());
        detail::Measure measure = [&](const std::string& text, int style) {
            return text_width(fonts.faces[static_cast<std::size_t>(style & 3)], text,
                              profile.font_size);
        };

        // Lay out until the page numbers printed in the TOC and TOA are the ones they point to.
        detail::PageFacts facts;
        std::vector<detail::FlowItem> flow;
        std::vector<detail::Page> pages;
        const int passes = prints_page_numbers(document.blocks) ? 4 : 1;
        for (int pass = 0; pass < passes; ++pass) {
            flow = detail::build_flow(document, profile, measure, facts);
            pages = detail::paginate(flow, profile);
            detail::PageFacts found = detail::facts_of(pages);
            bool stable = found.heading_page == facts.heading_page &&
                          found.authority_pages == facts.authority_pages;
            facts = std::move(found);
            if (stable) break;
        }

        for (std::size_t p = 0; p < pages.size(); ++p) {
            std::set<int> styles;
            const bool numbered =
                profile.number_pages && (!pages[p].cover || profile.number_cover_page);
            const std::string operators =
                page_content(pages[p], embedded, profile, numbered, static_cast<int>(p + 1),
                             static_cast<int>(pages.size()), styles);
            // Fetched again each time: CreatePage invalidates the previous page's pointer.
            PdfPage* page = pdf.CreatePage(PdfRect(0, 0, profile.page_width, profile.page_height));
            set_page_content(page, operators, styles, embedded);
        }
        embedded.embed();
        if (!embedded.missing().empty()) {
            result.diagnostics.push_back(missing_glyphs_warning(embedded.missing()));
        }
        const std::string title =
            document.metadata.title.empty() ? "Document" : document.metadata.title;
        add_outline_and_links(pdf, pages, facts, title, profile);

        PdfInfo* info = pdf.GetInfo();
        info->SetTitle(utf8(title));
        if (!document.metadata.author.empty()) info->SetAuthor(utf8(document.metadata.author));
        if (!document.metadata.subject.empty()) info->SetSubject(utf8(document.metadata.subject));
        info->SetCreator(utf8("amparo"));
        info->SetCustomKey(PdfName("AmparoContent"), utf8(content_hash(document, profile)));
        // PoDoFo writes the current time; a reproducible build writes SOURCE_DATE_EPOCH's, or
        // no date at all when it is not set.
        auto& dictionary = info->GetObject()->GetDictionary();
        dictionary.RemoveKey(PdfName("CreationDate"));
        dictionary.RemoveKey(PdfName("ModDate"));
        if (creation_epoch > 0) {
            dictionary.AddKey(PdfName("CreationDate"), PdfString(pdf_date(creation_epoch)));
            dictionary.AddKey(PdfName("ModDate"), PdfString(pdf_date(creation_epoch)));
        }

        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        pdf.Write(&device);
        result.bytes.assign(buffer.GetBuffer(), device.GetLength());
        result.stats.pages = static_cast<int>(pages.size());
        result.stats.heading_pages = facts.heading_page;
    } catch (const PdfError& e) {
        // Named "PDF writer", not by the document's title: titles carry the applicant's name.
        result.diagnostics.push_back(
            {"PDF writer", 0, 0, Severity::Error, "",
             std::string("PDF writing failed: ") + PdfError::ErrorMessage(e.GetError()), ""});
    } catch (const std::exception& e) {
        result.diagnostics.push_back({"PDF writer", 0, 0, Severity::Error, "",
                                      std::string("PDF writing failed: ") + e.what(), ""});
    }
    return result;
}

}  // namespace amparo::pdf

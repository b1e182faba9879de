// Layout passes until the page numbers of the TOC and TOA are stable, then drawing, outlines,
// links and a deterministic information dictionary.
#include "pdf/pdf_writer.hpp"

#include <podofo/podofo.h>
#include <ctime>

#include "document/dump.hpp"
#include "pdf/flow.hpp"
#include "pdf/paginate.hpp"

namespace amparo::pdf {

namespace {

using namespace PoDoFo;
using detail::Mark;

PdfString utf8(const std::string& text) {
    return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str()));
}

std::string pdf_date(std::int64_t epoch) {
    std::time_t time = static_cast<std::time_t>(epoch);
    std::tm utc{};
    gmtime_r(&time, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "D:%Y%m%d%H%M%SZ", &utc);
    return buffer;
}

// FNV-1a of the document's dump: the trailer /ID is a hash of the Info dictionary only, so the
// content's hash goes into Info to give different documents different IDs.
std::string content_hash(const document::Document& document, const LayoutProfile& profile) {
    std::uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : document::dump(document) + profile.name) {
        hash = (hash ^ c) * 1099511628211ull;
    }
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

void draw_page(PdfPainter& painter, const detail::Page& page, PdfFont* const fonts[4],
               const LayoutProfile& profile) {
    const double height = profile.page_height;
    for (const auto& placed : page.items) {
        for (const Mark& mark : placed.item->marks) {
            double y_top = height - (placed.top + mark.dy);
            switch (mark.kind) {
                case Mark::Kind::Highlight:
                    painter.SetColor(1.0, 0.93, 0.35);
                    painter.Rectangle(mark.x, y_top - mark.h, mark.w, mark.h);
                    painter.Fill();
                    painter.SetColor(0, 0, 0);
                    break;
                case Mark::Kind::Rule:
                    painter.SetStrokeWidth(0.5);
                    painter.DrawLine(mark.x, y_top, mark.x + mark.w, y_top);
                    break;
                case Mark::Kind::Box:
                    painter.SetStrokeWidth(0.5);
                    painter.Rectangle(mark.x, y_top - mark.h, mark.w, mark.h);
                    painter.Stroke();
                    break;
                case Mark::Kind::Text: {
                    PdfFont* font = fonts[mark.piece.style & 3];
                    font->SetFontSize(static_cast<float>(mark.size));
                    painter.SetFont(font);
                    painter.DrawText(mark.x, y_top, utf8(mark.piece.text));
                    break;
                }
            }
        }
    }
}

void add_outline_and_links(PdfMemDocument& pdf, const std::vector<detail::Page>& pages,
                           const detail::PageFacts& facts, const std::string& title,
                           const LayoutProfile& profile) {
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

PdfResult write_pdf(const document::Document& document, const LayoutProfile& profile,
                    const FontFiles& files, std::int64_t creation_epoch) {
    PdfResult result;
    try {
        PdfMemDocument pdf;
        const auto* encoding = PdfEncodingFactory::GlobalIdentityEncodingInstance();
        PdfFont* fonts[4] = {pdf.CreateFontSubset("Liberation Serif", false, false, false, encoding,
                                                  files.regular.c_str()),
                             pdf.CreateFontSubset("Liberation Serif", true, false, false, encoding,
                                                  files.bold.c_str()),
                             pdf.CreateFontSubset("Liberation Serif", false, true, false, encoding,
                                                  files.italic.c_str()),
                             pdf.CreateFontSubset("Liberation Serif", true, true, false, encoding,
                                                  files.bold_italic.c_str())};
        for (PdfFont* font : fonts) {
            if (!font) throw std::runtime_error("cannot load a Liberation Serif face");
        }
        detail::Measure measure = [&](const std::string& text, int style) {
            PdfFont* font = fonts[style & 3];
            font->SetFontSize(static_cast<float>(profile.font_size));
            return font->GetFontMetrics()->StringWidth(utf8(text));
        };

        // Lay out until the page numbers printed in the TOC and TOA are the ones they point to.
        detail::PageFacts facts;
        std::vector<detail::FlowItem> flow;
        std::vector<detail::Page> pages;
        for (int pass = 0; pass < 4; ++pass) {
            flow = detail::build_flow(document, profile, measure, facts);
            pages = detail::paginate(flow, profile);
            detail::PageFacts found = detail::facts_of(pages);
            bool stable = found.heading_page == facts.heading_page &&
                          found.authority_pages == facts.authority_pages;
            facts = std::move(found);
            if (stable) break;
        }

        for (std::size_t p = 0; p < pages.size(); ++p) {
            PdfPage* page = pdf.CreatePage(PdfRect(0, 0, profile.page_width, profile.page_height));
            PdfPainter painter;
            painter.SetPage(page);
            draw_page(painter, pages[p], fonts, profile);
            if (!pages[p].cover || profile.number_cover_page) {
                fonts[0]->SetFontSize(static_cast<float>(profile.font_size));
                painter.SetFont(fonts[0]);
                std::string number = std::to_string(p + 1);
                double width = fonts[0]->GetFontMetrics()->StringWidth(utf8(number));
                painter.DrawText((profile.page_width - width) / 2, profile.margin_bottom / 2,
                                 utf8(number));
            }
            painter.FinishPage();
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

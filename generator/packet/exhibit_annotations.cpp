// qpdf flattens what has an appearance; comments and links within the exhibit are set aside
// first, so they stay annotations (the exhibit's bookmarks are kept too: packet_outline.hpp).
#include "packet/exhibit_annotations.hpp"

#include <set>

#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "packet/exhibit_links.hpp"

namespace amparo::packet {

namespace {

// What becomes of one annotation.
enum class Fate {
    kept,       // a comment, its popup, or a link to one of the file's own pages
    link_out,   // a link out of the file (web address, other file, script) or to nowhere
    flattened,  // drawn into the page when it has an appearance, else removed
};

// Checks the type first: qpdf warns of a key looked up in what is not a dictionary.
bool is(QPDFObjectHandle annotation, const char* subtype) {
    return annotation.isDictionary() && annotation.getKey("/Subtype").isNameAndEquals(subtype);
}

Fate fate_of(QPDFObjectHandle annotation, QPDFOutlineDocumentHelper& outlines,
             const std::set<QPDFObjGen>& own_pages) {
    if (is(annotation, "/Link")) {
        return own_pages.count(link_target(outlines, annotation).getObjGen()) ? Fate::kept
                                                                              : Fate::link_out;
    }
    // A comment's words are only in the annotation: drawn into the page, only its icon would
    // remain. Comments act on nothing, so they are no active content.
    if (is(annotation, "/Text")) return Fate::kept;
    if (is(annotation, "/Popup") && is(annotation.getKey("/Parent"), "/Text")) return Fate::kept;
    return Fate::flattened;
}

}  // namespace

void settle_annotations(QPDF& pdf, const std::string& id, const std::string& what,
                        Diagnostics& problems) {
    auto acroform = pdf.getRoot().getKey("/AcroForm");
    if (acroform.isDictionary() && acroform.hasKey("/XFA")) {
        problems.push_back({"", 0, 0, Severity::Warning, id,
                            what + " is an XFA form: the packet shows its static pages, which may "
                                   "differ from what Acrobat displays",
                            "print the filled form to PDF and use that file"});
    }
    QPDFAcroFormDocumentHelper forms(pdf);
    bool had_fields = forms.hasAcroForm() && !forms.getFormFields().empty();
    if (had_fields) forms.generateAppearancesIfNeeded();
    QPDFPageDocumentHelper pages(pdf);
    auto all_pages = pages.getAllPages();
    std::set<QPDFObjGen> own_pages;
    for (auto& page : all_pages) own_pages.insert(page.getObjectHandle().getObjGen());
    QPDFOutlineDocumentHelper outlines(pdf);
    // Per page, what stays an annotation; the rest is left in /Annots for qpdf to flatten.
    std::vector<std::vector<QPDFObjectHandle>> kept(all_pages.size());
    int flattened = 0, links_out = 0;
    for (std::size_t p = 0; p < all_pages.size(); ++p) {
        auto page = all_pages[p].getObjectHandle();
        auto annots = page.getKey("/Annots");
        if (!annots.isArray()) continue;
        std::vector<QPDFObjectHandle> rest;
        for (auto& annotation : annots.aitems()) {
            switch (fate_of(annotation, outlines, own_pages)) {
                case Fate::kept:
                    kept[p].push_back(annotation);
                    break;
                case Fate::link_out:
                    ++links_out;
                    break;
                case Fate::flattened:
                    ++flattened;
                    rest.push_back(annotation);
                    break;
            }
        }
        page.replaceKey("/Annots", QPDFObjectHandle::newArray(rest));
    }
    if (flattened > 0 || had_fields) pages.flattenAnnotations();
    // What qpdf could not draw (no appearance) goes; what was set aside comes back.
    for (std::size_t p = 0; p < all_pages.size(); ++p) {
        auto page = all_pages[p].getObjectHandle();
        if (kept[p].empty()) {
            page.removeKey("/Annots");
        } else {
            page.replaceKey("/Annots", QPDFObjectHandle::newArray(kept[p]));
        }
    }
    if (had_fields) {
        problems.push_back({"", 0, 0, Severity::Note, id,
                            "the form fields of " + what +
                                " were flattened: their values are printed on the page and can "
                                "no longer be edited",
                            ""});
    }
    if (flattened > 0) {
        problems.push_back({"", 0, 0, Severity::Note, id,
                            std::to_string(flattened) + " annotation(s) of " + what +
                                " (form fields, highlights, stamps, drawings) were drawn into the "
                                "page or removed: a filing carries no active content",
                            ""});
    }
    if (links_out > 0) {
        problems.push_back(
            {"", 0, 0, Severity::Note, id,
             std::to_string(links_out) + " link(s) of " + what +
                 " to web pages, other files or nowhere were removed: a filing carries no active "
                 "content and the record must not change with a website; an address printed on "
                 "the page stays readable (links to the exhibit's own pages are kept)",
             ""});
    }
}

}  // namespace amparo::packet

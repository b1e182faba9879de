// qpdf flattens what has an appearance; links are counted apart because a reader may miss them
// (the exhibit's bookmarks, by contrast, are kept under its own bookmark: packet_outline.hpp).
#include "packet/exhibit_annotations.hpp"

#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace amparo::packet {

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
    int annotations = 0, links = 0;
    for (auto& page : pages.getAllPages()) {
        auto annots = page.getObjectHandle().getKey("/Annots");
        if (!annots.isArray()) continue;
        for (auto& annotation : annots.aitems()) {
            ++annotations;
            if (annotation.isDictionary() && annotation.getKey("/Subtype").isNameAndEquals("/Link"))
                ++links;
        }
    }
    if (annotations == 0 && !had_fields) return;
    // Drawn into the page when they have an appearance; qpdf discards the rest.
    pages.flattenAnnotations();
    for (auto& page : pages.getAllPages()) page.getObjectHandle().removeKey("/Annots");
    if (had_fields) {
        problems.push_back({"", 0, 0, Severity::Note, id,
                            "the form fields of " + what +
                                " were flattened: their values are printed on the page and can "
                                "no longer be edited",
                            ""});
    }
    if (annotations > 0) {
        std::string message = std::to_string(annotations) + " annotation(s) of " + what +
                              " (form fields, links, comments) were drawn into the page or "
                              "removed: a filing carries no active content";
        if (links > 0) {
            message += "; " + std::to_string(links) +
                       " of them link(s), which no longer lead anywhere when clicked";
        }
        problems.push_back({"", 0, 0, Severity::Note, id, message, ""});
    }
}

}  // namespace amparo::packet

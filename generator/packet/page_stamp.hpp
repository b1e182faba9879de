// The stamp at the foot of every packet page: upright for the reader and inside the visible area
// whatever the page's /Rotate and box origin, drawn in a content stream after the page's own
// content (which is wrapped in q/Q so its graphics state cannot leak into the stamp).
#pragma once

#include <map>
#include <string>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace amparo::packet {

// A page box in default user space.
struct PageBox {
    double llx = 0, lly = 0, urx = 0, ury = 0;
    double width() const { return urx - llx; }
    double height() const { return ury - lly; }
};

// Where the stamp goes: the matrix from the stamp's own upright frame (origin at the start of
// the baseline) to the page's user space, and the font size.
struct StampPlacement {
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
    double font_size = 10;
    bool legible = true;  // false when the visible page is too small for a readable stamp
};

// Width of `text` in Helvetica at size 1 (the standard font's metrics; non-ASCII counts as '?').
double helvetica_width(const std::string& text);

// Centres `text` near the bottom of `visible` as the reader sees it after `rotate` degrees
// (clockwise, any multiple of 90). 10 pt on a letter page, larger on a larger page in
// proportion, so the stamp stays legible when such a page is printed shrunk to paper.
StampPlacement place_stamp(const PageBox& visible, int rotate, const std::string& text);

// The visible area: the CropBox clipped to the MediaBox (readers show their intersection).
PageBox visible_box(QPDFPageObjectHelper& page);

// What fitting a page into US Letter did.
struct PageFit {
    double scale = 1;            // < 1 when the page was shrunk
    bool placed = false;         // the page became a letter page (its content centred on it)
    PageBox visible;             // the visible box after fitting
    std::string content_prefix;  // the scaling matrix and clip for the page's own content
};

// Only when asked (the forum wants letter paper: profile key `packet: {fit_to_letter: true}`):
// every page that is not US Letter (in the page's own orientation) becomes a letter page with its
// content centred, shrunk only as far as needed to leave a clear band on every edge for the
// stamp, never cropped: the boxes are replaced and the annotations moved with the content here,
// and the matrix (with a clip to what was visible) is returned for isolate_content. Letter
// pages stay as they are.
PageFit fit_to_letter(QPDFPageObjectHelper& page);

// The opening streams of isolate_content, shared by every page with the same opening: each
// stream costs the writer a compressor of its own, so most pages share one "q".
using SharedOpenings = std::map<std::string, QPDFObjectHandle>;

// Wraps the page's own content in enough q ... Q that nothing it does, not even an unbalanced
// Q (common in real files), reaches what is drawn after it; `prefix` (a matrix) applies to the
// content only. Puts the opening before the content and returns the closing, which stamp_page
// draws first.
std::string isolate_content(QPDF& pdf, QPDFPageObjectHelper& page, const std::string& prefix,
                            SharedOpenings& openings);

// Appends `closing` and the stamp (white backing, black Helvetica text) to `page` in one
// stream; `font` is the Helvetica font dictionary shared by the packet.
StampPlacement stamp_page(QPDF& pdf, QPDFPageObjectHelper& page, const PageBox& visible,
                          const std::string& text, QPDFObjectHandle font,
                          const std::string& closing);

// The page's /Rotate, normalised to 0, 90, 180 or 270.
int page_rotation(QPDFPageObjectHelper& page);

}  // namespace amparo::packet

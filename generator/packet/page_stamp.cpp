// Stamp geometry: the reader's "bottom" of a rotated page is another edge of its user space, so
// the stamp is laid out in an upright frame and mapped onto the page with one matrix.
#include "packet/page_stamp.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <vector>

namespace amparo::packet {

namespace {

// Helvetica advance widths (thousandths of an em) for ASCII 32..126, from the standard AFM.
constexpr std::array<int, 95> kHelveticaWidths = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};

constexpr double kLetterShort = 612;
constexpr double kLetterLong = 792;
// Room kept clear on every edge of a page placed on a letter sheet: more than the stamp's
// height and margin on a letter page (about 30 pt from the edge).
constexpr double kStampBand = 36;
// Below this the visible page cannot carry a 6 pt stamp with a margin (reported, still stamped).
constexpr double kSmallestLegible = 72;

// A PDF literal string of ASCII text; other bytes become '?' (the standard font is WinAnsi and
// stamps are ASCII: numbers, a Bates prefix, "Exhibit C, page 3 of 7").
std::string pdf_literal(const std::string& text) {
    std::string out = "(";
    for (unsigned char ch : text) {
        if (ch == '(' || ch == ')' || ch == '\\') out += '\\';
        out += (ch >= 32 && ch < 127) ? static_cast<char>(ch) : '?';
    }
    return out + ")";
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", std::abs(value) < 0.0005 ? 0.0 : value);
    return buffer;
}

PageBox box_of(QPDFObjectHandle array) {
    auto r = array.getArrayAsRectangle();
    return {std::min(r.llx, r.urx), std::min(r.lly, r.ury), std::max(r.llx, r.urx),
            std::max(r.lly, r.ury)};
}

QPDFObjectHandle rectangle(const PageBox& box) {
    return QPDFObjectHandle::newFromRectangle(
        QPDFObjectHandle::Rectangle(box.llx, box.lly, box.urx, box.ury));
}

}  // namespace

PageBox visible_box(QPDFPageObjectHelper& page) {
    PageBox media = box_of(page.getMediaBox());
    PageBox crop = box_of(page.getCropBox());
    PageBox out{std::max(media.llx, crop.llx), std::max(media.lly, crop.lly),
                std::min(media.urx, crop.urx), std::min(media.ury, crop.ury)};
    if (out.width() <= 0 || out.height() <= 0) return media;
    return out;
}

double helvetica_width(const std::string& text) {
    double width = 0;
    for (unsigned char ch : text) {
        int index = (ch >= 32 && ch < 127) ? ch - 32 : '?' - 32;
        width += kHelveticaWidths[static_cast<std::size_t>(index)];
    }
    return width / 1000.0;
}

int page_rotation(QPDFPageObjectHelper& page) {
    auto rotate = page.getAttribute("/Rotate", false);
    if (!rotate.isInteger()) return 0;
    long long degrees = rotate.getIntValue() % 360;
    if (degrees < 0) degrees += 360;
    return static_cast<int>(degrees / 90 * 90);
}

StampPlacement place_stamp(const PageBox& visible, int rotate, const std::string& text) {
    // The page as the reader sees it: width W, height H, origin at its bottom-left corner.
    bool sideways = rotate == 90 || rotate == 270;
    double W = sideways ? visible.height() : visible.width();
    double H = sideways ? visible.width() : visible.height();
    StampPlacement placement;
    double em = std::max(helvetica_width(text), 0.001);
    // 10 pt on letter, in proportion on larger pages, unless the line would not fit in 90% of
    // the width.
    double size = 10 * std::max(1.0, std::min(W, H) / kLetterShort);
    placement.font_size = std::max(1.0, std::min(size, 0.9 * W / em));
    placement.legible = placement.font_size >= 6 && std::min(W, H) >= kSmallestLegible;
    double margin = std::min(18.0 * size / 10, H * 0.05);
    double X = (W - em * placement.font_size) / 2;
    double Y = margin + placement.font_size * 0.25;
    // Map the upright frame onto user space (see docs/exhibit-packets.md for the four cases).
    switch (rotate) {
        case 90:  // reader's bottom is user space's right edge
            placement = {0,
                         1,
                         -1,
                         0,
                         visible.urx - Y,
                         visible.lly + X,
                         placement.font_size,
                         placement.legible};
            break;
        case 180:
            placement = {-1,
                         0,
                         0,
                         -1,
                         visible.urx - X,
                         visible.ury - Y,
                         placement.font_size,
                         placement.legible};
            break;
        case 270:  // reader's bottom is user space's left edge
            placement = {0,
                         -1,
                         1,
                         0,
                         visible.llx + Y,
                         visible.ury - X,
                         placement.font_size,
                         placement.legible};
            break;
        default:
            placement = {1,
                         0,
                         0,
                         1,
                         visible.llx + X,
                         visible.lly + Y,
                         placement.font_size,
                         placement.legible};
    }
    return placement;
}

namespace {

// The page's annotations (kept comments and links) sit in its user space, which the content no
// longer fills as it did: they are scaled and moved with it. Their appearances follow /Rect.
void move_annotations(QPDFObjectHandle page, double scale, double dx, double dy) {
    auto annots = page.getKey("/Annots");
    if (!annots.isArray()) return;
    for (auto& annotation : annots.aitems()) {
        if (!annotation.isDictionary()) continue;
        for (const char* key : {"/Rect", "/QuadPoints"}) {
            auto points = annotation.getKey(key);
            if (!points.isArray()) continue;
            std::vector<QPDFObjectHandle> moved;
            for (auto& point : points.aitems()) {
                double shift = moved.size() % 2 == 0 ? dx : dy;  // x, y, x, y, ...
                double value = point.isNumber() ? point.getNumericValue() : 0;
                moved.push_back(QPDFObjectHandle::newReal(value * scale + shift, 3));
            }
            annotation.replaceKey(key, QPDFObjectHandle::newArray(moved));
        }
    }
}

}  // namespace

PageFit fit_to_letter(QPDFPageObjectHelper& page) {
    PageFit fit;
    fit.visible = visible_box(page);
    double w = fit.visible.width();
    double h = fit.visible.height();
    if (!(w > 0 && h > 0)) return fit;  // a degenerate box: nothing to place
    // Letter in the page's own orientation, so a landscape page stays landscape.
    double target_w = w > h ? kLetterLong : kLetterShort;
    double target_h = w > h ? kLetterShort : kLetterLong;
    // A letter page is stamped in its own margin, as it is.
    if (std::abs(w - target_w) < 1 && std::abs(h - target_h) < 1) return fit;
    // Any other page goes onto a letter sheet, shrunk only if it must be, inside a band left
    // clear on every edge: the stamp then sits beside the page's content, never over it.
    double scale =
        std::min({1.0, (target_w - 2 * kStampBand) / w, (target_h - 2 * kStampBand) / h});
    fit.scale = scale;
    fit.placed = true;
    // The content centred on the letter page.
    double dx = (target_w - w * scale) / 2 - fit.visible.llx * scale;
    double dy = (target_h - h * scale) / 2 - fit.visible.lly * scale;
    fit.content_prefix = number(scale) + " 0 0 " + number(scale) + " " + number(dx) + " " +
                         number(dy) + " cm\n" +
                         // What lay outside the visible box stays hidden, as it was.
                         number(fit.visible.llx) + " " + number(fit.visible.lly) + " " + number(w) +
                         " " + number(h) + " re W n\n";
    fit.visible = {0, 0, target_w, target_h};
    auto object = page.getObjectHandle();
    move_annotations(object, scale, dx, dy);
    object.replaceKey("/MediaBox", rectangle(fit.visible));
    for (const char* key : {"/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"}) object.removeKey(key);
    return fit;
}

namespace {

// The deepest the content pops below where it starts, and where it ends, in q/Q levels.
class GraphicsStateDepth : public QPDFObjectHandle::ParserCallbacks {
  public:
    void handleObject(QPDFObjectHandle object) override {
        if (!object.isOperator()) return;
        const std::string op = object.getOperatorValue();
        if (op == "q") ++depth;
        if (op == "Q") lowest = std::min(lowest, --depth);
    }
    void handleEOF() override {}
    int depth = 0;
    int lowest = 0;
};

}  // namespace

std::string isolate_content(QPDF& pdf, QPDFPageObjectHelper& page, const std::string& prefix,
                            SharedOpenings& openings) {
    GraphicsStateDepth counted;
    try {
        page.parseContents(&counted);
    } catch (const std::exception&) {
        counted = GraphicsStateDepth();  // unparsable content: readers stop where it breaks
    }
    // Enough q that the content's extra Q never pops the page's initial state, and as many Q
    // after it as leave the stamp exactly there.
    int opened = 1 - counted.lowest;
    int to_close = opened + counted.depth;
    std::string before, after = "\n";
    for (int i = 0; i < opened; ++i) before += "q\n";
    for (int i = 0; i < to_close; ++i) after += "Q\n";
    before += prefix;
    auto shared = openings.find(before);
    if (shared == openings.end()) {
        shared = openings.emplace(before, QPDFObjectHandle::newStream(&pdf, before)).first;
    }
    page.addPageContents(shared->second, true);
    return after;
}

StampPlacement stamp_page(QPDF& pdf, QPDFPageObjectHelper& page, const PageBox& visible,
                          const std::string& text, QPDFObjectHandle font,
                          const std::string& closing) {
    StampPlacement placement = place_stamp(visible, page_rotation(page), text);
    auto resources = page.getAttribute("/Resources", true);
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        page.getObjectHandle().replaceKey("/Resources", resources);
    }
    auto fonts = resources.getKey("/Font");
    if (!fonts.isDictionary()) {
        fonts = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/Font", fonts);
    }
    fonts.replaceKey("/AmparoStamp", font);
    double size = placement.font_size;
    double width = helvetica_width(text) * size;
    std::string stamp = closing + "q\n" + number(placement.a) + " " + number(placement.b) + " " +
                        number(placement.c) + " " + number(placement.d) + " " +
                        number(placement.e) + " " + number(placement.f) + " cm\n" +
                        // A white backing keeps the number readable over a scanned image.
                        "1 g " + number(-size * 0.3) + " " + number(-size * 0.3) + " " +
                        number(width + size * 0.6) + " " + number(size * 1.25) + " re f\n" +
                        "0 g BT /AmparoStamp " + number(size) + " Tf 0 0 Td " + pdf_literal(text) +
                        " Tj ET\nQ\n";
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, stamp), false);
    return placement;
}

}  // namespace amparo::packet

// A page's content stream written directly as PDF operators. PoDoFo's painter formats every
// number through an imbued ostringstream and compresses on every append; building the text
// here and compressing it once made drawing several times cheaper.
#pragma once

#include <string>
#include <string_view>

namespace amparo::pdf::detail {

class ContentStream {
  public:
    // Text already encoded as a hex string of glyph ids ("<0012003A>"), set in the font named
    // `font` (a page resource such as "F0") with its baseline's left end at (x, y).
    void text(std::string_view font, double size, double x, double y, std::string_view hex);
    void fill_rectangle(double x, double y, double w, double h, double r, double g, double b);
    void stroke_rectangle(double x, double y, double w, double h, double line_width);
    void line(double x1, double y1, double x2, double y2, double line_width);

    const std::string& operators() const { return out_; }

  private:
    // Ends a rectangle begun with "q" and its graphics state operands: `state` is the operator
    // those take ("rg ", "w "), `paint` fills ("f") or strokes ("S").
    void rectangle(std::string_view state, double x, double y, double w, double h,
                   std::string_view paint);
    void number(double value);  // two decimals at most: a hundredth of a point is invisible
    void numbers(std::initializer_list<double> values);
    std::string out_;
};

}  // namespace amparo::pdf::detail

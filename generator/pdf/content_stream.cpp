#include "pdf/content_stream.hpp"

#include <charconv>
#include <cmath>

namespace amparo::pdf::detail {

void ContentStream::number(double value) {
    char buffer[32];
    // Round first so that -0.001 prints as 0, never as "-0".
    double rounded = std::round(value * 100) / 100;
    if (rounded == 0) rounded = 0;
    auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 2);
    if (error != std::errc()) {
        out_ += '0';
        return;
    }
    // "12.50" -> "12.5", "72.00" -> "72": shorter streams, same numbers.
    while (end[-1] == '0') --end;
    if (end[-1] == '.') --end;
    out_.append(buffer, end);
}

void ContentStream::numbers(std::initializer_list<double> values) {
    for (double value : values) {
        number(value);
        out_ += ' ';
    }
}

void ContentStream::text(std::string_view font, double size, double x, double y,
                         std::string_view hex) {
    out_ += "BT /";
    out_ += font;
    out_ += ' ';
    numbers({size});
    out_ += "Tf ";
    numbers({x, y});
    out_ += "Td ";
    out_ += hex;
    out_ += " Tj ET\n";
}

void ContentStream::fill_rectangle(double x, double y, double w, double h, double r, double g,
                                   double b) {
    out_ += "q ";
    numbers({r, g, b});
    rectangle("rg ", x, y, w, h, "f");
}

void ContentStream::stroke_rectangle(double x, double y, double w, double h, double line_width) {
    out_ += "q ";
    numbers({line_width});
    rectangle("w ", x, y, w, h, "S");
}

void ContentStream::rectangle(std::string_view state, double x, double y, double w, double h,
                              std::string_view paint) {
    out_ += state;
    numbers({x, y, w, h});
    out_ += "re ";
    out_ += paint;
    out_ += " Q\n";
}

void ContentStream::line(double x1, double y1, double x2, double y2, double line_width) {
    out_ += "q ";
    numbers({line_width});
    out_ += "w ";
    numbers({x1, y1});
    out_ += "m ";
    numbers({x2, y2});
    out_ += "l S Q\n";
}

}  // namespace amparo::pdf::detail

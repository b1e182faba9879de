#include "pdf/content_stream.hpp"

#include <charconv>
#include <cmath>

namespace amparo::pdf::detail {

void ContentStream::number(double value) {
    // Round first so that -0.001 prints as 0, never as "-0".
    const double hundredths = std::round(value * 100);
    if (std::abs(hundredths) < 1e15) {
        // Written from the integer of hundredths: std::to_chars of a double took about 575
        // instructions a number, most of writing a page's operators; the digits are the same
        // ("12.5", "72", "-3.05").
        auto whole = static_cast<long long>(hundredths);
        if (whole < 0) {
            out_ += '-';
            whole = -whole;
        }
        char buffer[24];
        out_.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, whole / 100).ptr);
        const auto tenths = static_cast<char>(whole % 100 / 10);
        const auto last = static_cast<char>(whole % 10);
        if (tenths != 0 || last != 0) {
            out_ += '.';
            out_ += static_cast<char>('0' + tenths);
            if (last != 0) out_ += static_cast<char>('0' + last);
        }
        return;
    }
    // Beyond any page (or not a number): formatted as a double.
    char buffer[32];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, hundredths / 100,
                                      std::chars_format::fixed, 2);
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

// ISO 216 and US sizes in points (1/72 in.), matched within 2 pt: scanners and exporters round.
#include "packet/paper_size.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace amparo::packet {

namespace {

struct Paper {
    const char* name;
    double short_side, long_side;
};

constexpr std::array<Paper, 9> kPapers = {{{"US Letter", 612, 792},
                                           {"US Legal", 612, 1008},
                                           {"Tabloid", 792, 1224},
                                           {"A5", 420, 595},
                                           {"A4", 595, 842},
                                           {"A3", 842, 1191},
                                           {"A2", 1191, 1684},
                                           {"A1", 1684, 2384},
                                           {"A0", 2384, 3370}}};

constexpr double kTolerance = 2;

bool same(double a, double b) { return std::abs(a - b) <= kTolerance; }

}  // namespace

std::string paper_name(double width, double height) {
    const double short_side = std::min(width, height), long_side = std::max(width, height);
    for (const auto& paper : kPapers) {
        if (same(short_side, paper.short_side) && same(long_side, paper.long_side)) {
            return std::string(paper.name) + (width > height ? " landscape" : "");
        }
    }
    return std::to_string(static_cast<int>(std::lround(width))) + " \u00d7 " +
           std::to_string(static_cast<int>(std::lround(height))) + " pt";
}

bool is_us_letter(double width, double height) {
    return same(std::min(width, height), 612) && same(std::max(width, height), 792);
}

bool is_oversized(double width, double height) {
    return std::min(width, height) > 612 + kTolerance ||
           std::max(width, height) > 1008 + kTolerance;
}

void OddPaperSizes::add(double width, double height) {
    if (is_us_letter(width, height)) return;
    ++pages_;
    if (is_oversized(width, height)) ++oversized_;
    std::string name = paper_name(width, height);
    if (std::find(names_.begin(), names_.end(), name) == names_.end()) names_.push_back(name);
}

std::string OddPaperSizes::names() const {
    // A scanned bundle can have a size per page: a few names say enough.
    constexpr std::size_t kShown = 4;
    std::string out;
    for (std::size_t i = 0; i < names_.size() && i < kShown; ++i) {
        out += (out.empty() ? "" : "; ") + names_[i];
    }
    if (names_.size() > kShown) {
        out += "; and " + std::to_string(names_.size() - kShown) + " other sizes";
    }
    return out;
}

}  // namespace amparo::packet

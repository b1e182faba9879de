// Names of the paper sizes exhibits come in, so a note can say "US Legal" or "A3 landscape"
// instead of point counts a user would have to convert.
#pragma once

#include <string>
#include <vector>

namespace amparo::packet {

// The page as the reader sees it (after /Rotate), e.g. "US Legal", "A3 landscape",
// "649 × 323 pt"; `width` and `height` in points.
std::string paper_name(double width, double height);

bool is_us_letter(double width, double height);  // either orientation, within a point

// Larger than US Legal in its own orientation: too large for any paper a filing is printed on.
bool is_oversized(double width, double height);

// The sizes of an exhibit's pages that are not US Letter, for one note per exhibit.
class OddPaperSizes {
  public:
    void add(double width, double height);  // a page as the reader sees it
    int pages() const { return pages_; }
    int oversized_pages() const { return oversized_; }
    std::string names() const;  // "US Legal; A3 landscape", in the order first seen

  private:
    int pages_ = 0;
    int oversized_ = 0;
    std::vector<std::string> names_;
};

}  // namespace amparo::packet

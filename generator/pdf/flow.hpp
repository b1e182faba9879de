// The document model laid out as a vertical flow of items (lines, table rows, rules), before
// pagination: every block's lines are broken and measured here.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "document/model.hpp"
#include "pdf/text_runs.hpp"
#include "profile/court_profile.hpp"

namespace amparo::pdf::detail {

struct Mark {
    enum class Kind { Text, Highlight, Rule, Box } kind = Kind::Text;
    double x = 0;   // absolute, from the page's left edge
    double dy = 0;  // from the item's top: the baseline for text, the top edge otherwise
    double w = 0, h = 0;
    Piece piece;  // Text
    double size = 12;
};

struct FlowItem {
    double height = 0;
    double space_before = 0;
    std::vector<Mark> marks;
    bool keep_with_next = false;
    bool break_before = false;
    bool on_cover = false;
    int paragraph = -1;  // lines of one paragraph share it (widow and orphan control)
    int line_in_paragraph = 0;
    int paragraph_lines = 1;
    int heading_level = 0;  // first line of a heading: its level, anchor and text
    std::string anchor;
    std::string heading_text;
    std::string link_to;  // a table-of-contents line links to this anchor
    int table = -1;       // rows of one table share it
    bool table_header = false;
};

// What the previous layout pass learned: the page of each heading and of each citation.
struct PageFacts {
    std::map<std::string, int> heading_page;
    std::map<std::string, std::vector<int>> authority_pages;
};

std::vector<FlowItem> build_flow(const document::Document& document,
                                 const profile::CourtProfile& profile,
                                 const Measure& measure_at_body_size, const PageFacts& facts);

}  // namespace amparo::pdf::detail

// Pagination rules on hand-made flows: 27 lines of 24 points fit between 72-point margins on a
// Letter page (648 points), so where each rule must move a line is easy to state.
#include <gtest/gtest.h>

#include "pdf/paginate.hpp"

namespace amparo::pdf::detail {
namespace {

constexpr double kLine = 24;

FlowItem filler() {
    FlowItem item;
    item.height = kLine;
    return item;
}

// The lines of one paragraph, numbered as the flow builder numbers them.
void add_paragraph(std::vector<FlowItem>& flow, int paragraph, int lines) {
    for (int i = 0; i < lines; ++i) {
        FlowItem item = filler();
        item.paragraph = paragraph;
        item.line_in_paragraph = i;
        item.paragraph_lines = lines;
        flow.push_back(item);
    }
}

std::vector<FlowItem> fillers(int count) { return std::vector<FlowItem>(count, filler()); }

// Index in `flow` of the first item on each page.
std::vector<std::size_t> page_starts(const std::vector<Page>& pages,
                                     const std::vector<FlowItem>& flow) {
    std::vector<std::size_t> starts;
    for (const auto& page : pages) starts.push_back(page.items.front().item - flow.data());
    return starts;
}

TEST(Paginate, TwentySevenLinesFillAPage) {
    auto flow = fillers(28);
    auto pages = paginate(flow, profile::default_profile());
    EXPECT_EQ(page_starts(pages, flow), (std::vector<std::size_t>{0, 27}));
}

TEST(Paginate, AParagraphNeverLeavesItsFirstLineAloneAtTheFoot) {
    auto flow = fillers(26);  // one line of room left
    add_paragraph(flow, 0, 5);
    auto pages = paginate(flow, profile::default_profile());
    EXPECT_EQ(page_starts(pages, flow), (std::vector<std::size_t>{0, 26}));
}

TEST(Paginate, AParagraphNeverLeavesItsLastLineAloneAtTheHead) {
    auto flow = fillers(23);  // room for four of the paragraph's five lines
    add_paragraph(flow, 0, 5);
    auto pages = paginate(flow, profile::default_profile());
    // Lines 0-2 stay; lines 3 and 4 go over together.
    EXPECT_EQ(page_starts(pages, flow), (std::vector<std::size_t>{0, 26}));
}

TEST(Paginate, AHeadingGoesOverWithTheLineAfterIt) {
    auto flow = fillers(26);
    FlowItem heading = filler();
    heading.keep_with_next = true;
    heading.anchor = "argument";
    flow.push_back(heading);
    flow.push_back(filler());
    auto pages = paginate(flow, profile::default_profile());
    EXPECT_EQ(page_starts(pages, flow), (std::vector<std::size_t>{0, 26}));
    EXPECT_EQ(facts_of(pages).heading_page.at("argument"), 2);
}

TEST(Paginate, APageBreakStartsANewPageAndSpaceAtTheTopIsDropped) {
    auto flow = fillers(2);
    FlowItem page_break;
    page_break.break_before = true;
    flow.push_back(page_break);
    FlowItem spaced = filler();
    spaced.space_before = 12;
    flow.push_back(spaced);
    auto pages = paginate(flow, profile::default_profile());
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[1].items.front().item, &flow[3]);
    EXPECT_DOUBLE_EQ(pages[1].items.front().top, profile::default_profile().margin_top);
}

}  // namespace
}  // namespace amparo::pdf::detail

// Greedy pagination with look-ahead for keep-with-next and two-line widow/orphan control.
#include "pdf/paginate.hpp"

#include <algorithm>

namespace amparo::pdf::detail {

std::vector<Page> paginate(const std::vector<FlowItem>& flow,
                           const profile::CourtProfile& profile) {
    const double top = profile.margin_top;
    const double bottom = profile.page_height - profile.margin_bottom;
    std::vector<Page> pages(1);
    double y = top;
    std::map<int, const FlowItem*> table_headers;
    auto new_page = [&] {
        pages.emplace_back();
        y = top;
    };
    auto fits = [&](std::size_t from, std::size_t count, double at) {
        for (std::size_t k = from; k < flow.size() && k < from + count; ++k) {
            at += (k == from && at == top ? 0 : flow[k].space_before) + flow[k].height;
        }
        return at <= bottom;
    };
    for (std::size_t i = 0; i < flow.size(); ++i) {
        const FlowItem& item = flow[i];
        if (item.table_header) table_headers[item.table] = &item;
        if (item.break_before) {
            if (!pages.back().items.empty()) new_page();
            continue;
        }
        // How many items must go together from here: a heading and the line after it; the
        // first two lines of a paragraph; the last two lines of a paragraph.
        std::size_t together = 1;
        std::size_t k = i;
        while (k + 1 < flow.size() && flow[k].keep_with_next && !flow[k + 1].break_before) {
            ++together;
            ++k;
        }
        const FlowItem& last = flow[k];
        if (last.paragraph >= 0 && last.paragraph_lines >= 2 &&
            (last.line_in_paragraph == 0 || last.line_in_paragraph == last.paragraph_lines - 2) &&
            k + 1 < flow.size() && flow[k + 1].paragraph == last.paragraph) {
            ++together;
        }
        double space = pages.back().items.empty() ? 0 : item.space_before;
        if (!pages.back().items.empty() && !fits(i, together, y)) {
            new_page();
            space = 0;
            if (item.table >= 0 && !item.table_header && table_headers.count(item.table)) {
                const FlowItem* header = table_headers[item.table];
                pages.back().items.push_back({header, y});
                y += header->height;
            }
        }
        y += space;
        pages.back().items.push_back({&item, y});
        pages.back().cover = pages.back().cover || item.on_cover;
        y += item.height;
    }
    if (pages.size() > 1 && pages.back().items.empty()) pages.pop_back();
    return pages;
}

PageFacts facts_of(const std::vector<Page>& pages) {
    PageFacts facts;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        int number = static_cast<int>(p) + 1;
        for (const auto& placed : pages[p].items) {
            if (!placed.item->anchor.empty() && !facts.heading_page.count(placed.item->anchor)) {
                facts.heading_page[placed.item->anchor] = number;
            }
            for (const auto& mark : placed.item->marks) {
                const auto& key = mark.piece.authority;
                if (key.empty()) continue;
                auto& list = facts.authority_pages[key];
                if (list.empty() || list.back() != number) list.push_back(number);
            }
        }
    }
    return facts;
}

}  // namespace amparo::pdf::detail

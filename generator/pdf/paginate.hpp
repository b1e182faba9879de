// Flow items onto pages: breaks, headings kept with what follows, no widow or orphan lines,
// table header rows repeated at the top of each page a table continues on.
#pragma once

#include <vector>

#include "pdf/flow.hpp"

namespace amparo::pdf::detail {

struct PlacedItem {
    const FlowItem* item = nullptr;
    double top = 0;  // from the page's top edge
};

struct Page {
    std::vector<PlacedItem> items;
    bool cover = false;
};

std::vector<Page> paginate(const std::vector<FlowItem>& flow, const profile::CourtProfile& profile);

// What a layout says about itself, for the next pass (TOC and TOA page numbers).
PageFacts facts_of(const std::vector<Page>& pages);

}  // namespace amparo::pdf::detail

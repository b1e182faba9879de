// Date order for the facts the documents tell one after another.
#include "render/telling_order.hpp"

#include <algorithm>

namespace amparo::render {

namespace {

template <typename Fact>
void sort_by_date(std::vector<Fact>& facts) {
    std::stable_sort(facts.begin(), facts.end(),
                     [](const Fact& a, const Fact& b) { return a.date->value < b.date->value; });
}

}  // namespace

CaseView in_telling_order(const CaseView& view) {
    CaseView told = view;
    sort_by_date(told.incidents);
    sort_by_date(told.events);
    return told;
}

}  // namespace amparo::render

// The order the documents tell the facts in, and the context's records beside the view's: the
// context keeps each record's JSON (templates read its fields by name), the computed fields come
// from the typed view, and the two are walked side by side.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "casefile/case_view.hpp"

namespace amparo::render {

// The view with its incidents and events in date order (stable for equal dates).
CaseView in_telling_order(const CaseView& view);

// The JSON of each record, found by its pointer in `validated_case`, in the records' order.
template <typename Record>
nlohmann::json records_in_order(const nlohmann::json& validated_case,
                                const std::vector<Record>& records) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& record : records) {
        list.push_back(validated_case.at(nlohmann::json::json_pointer(record.where.pointer)));
    }
    return list;
}

// Calls `tell(json, record)` for each record and its JSON at `parent[key]` (a JSON object, const
// or not); a case without the list gets no key added.
template <typename Json, typename Record, typename Tell>
void for_each_told(Json& parent, const char* key, const std::vector<Record>& records, Tell tell) {
    if (records.empty() || !parent.contains(key)) return;
    auto& list = parent[key];
    for (std::size_t i = 0; i < records.size(); ++i) tell(list[i], records[i]);
}

}  // namespace amparo::render

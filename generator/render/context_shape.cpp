// Merging is by name at every level, so a computed field sits beside the case fields it is
// computed from (`applicant.languages_text` beside `applicant.languages`).
#include "render/context_shape.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>

#include "casefile/schema_walk.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

// `computed`: the node comes from the context schema alone, so every field below it is computed.
json merge_shapes(const json& case_root, const json& node, const json& extra, bool computed) {
    json out = resolve_ref(case_root, node);
    if (out.contains("anyOf") && !out.contains("type")) out["type"] = "string";
    std::set<std::string> added;
    if (extra.is_object() && extra.contains("properties")) {
        for (const auto& [name, child] : extra["properties"].items()) {
            if (out["properties"].contains(name)) continue;
            out["properties"][name] = json::object();
            added.insert(name);
        }
    }
    if (out.contains("properties")) {
        for (auto& [name, child] : out["properties"].items()) {
            json extra_child = extra.is_object() && extra.contains("properties") &&
                                       extra["properties"].contains(name)
                                   ? extra["properties"][name]
                                   : json();
            json base = child.empty() && extra_child.is_object() ? extra_child : child;
            const bool computed_child =
                computed || added.count(name) > 0 ||
                (extra_child.is_object() && extra_child.value(kAlwaysSetMark, false));
            child = merge_shapes(case_root, base, extra_child, computed_child);
            if (computed_child) child[kComputedMark] = true;
        }
    }
    if (out.contains("items") && out["items"].is_object()) {
        json extra_items = extra.is_object() && extra.contains("items") ? extra["items"] : json();
        out["items"] = merge_shapes(case_root, out["items"], extra_items, computed);
    }
    return out;
}

// A context node {"x-amparo-same-as": [POINTER...]} (a list whose items are incidents or
// events) has every field of those nodes of the merged shape, computed fields included, plus
// its own properties; it requires what all of them require.
void resolve_same_as(json& node, const json& merged) {
    if (!node.is_object()) return;
    if (node.contains("x-amparo-same-as")) {
        const json own = node.contains("properties") ? node["properties"] : json::object();
        std::optional<std::set<std::string>> required;
        for (const auto& pointer : node["x-amparo-same-as"]) {
            const json& same = merged.at(json::json_pointer(pointer.get<std::string>()));
            std::set<std::string> these;
            for (const auto& name : same.value("required", json::array())) these.insert(name);
            if (required) {
                std::set<std::string> both;
                std::set_intersection(required->begin(), required->end(), these.begin(),
                                      these.end(), std::inserter(both, both.begin()));
                required = both;
            } else {
                required = these;
            }
            if (!same.contains("properties")) continue;
            for (const auto& [name, child] : same["properties"].items()) {
                node["properties"][name] = child;
            }
        }
        node["required"] = required.value_or(std::set<std::string>());
        for (const auto& [name, child] : own.items()) node["properties"][name] = child;
        node.erase("x-amparo-same-as");
    }
    if (node.contains("properties")) {
        for (auto& [name, child] : node["properties"].items()) resolve_same_as(child, merged);
    }
    if (node.contains("items")) resolve_same_as(node["items"], merged);
}

}  // namespace

json context_shape(const json& case_schema, const json& context_schema) {
    json shape = merge_shapes(case_schema, case_schema, context_schema, false);
    const json merged = shape;
    resolve_same_as(shape, merged);
    return shape;
}

bool may_be_absent(const json& parent, const std::string& name) {
    if (!parent.contains("properties") || !parent["properties"].contains(name)) return false;
    if (parent["properties"][name].value(kComputedMark, false)) return false;
    if (!parent.contains("required")) return true;
    const auto& required = parent["required"];
    return std::find(required.begin(), required.end(), name) == required.end();
}

}  // namespace amparo::render

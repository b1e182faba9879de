// Schema-guided traversal of a case value.
#include "casefile/schema_walk.hpp"

#include "casefile/json_pointer.hpp"

namespace amparo {

const nlohmann::json& resolve_ref(const nlohmann::json& root_schema, const nlohmann::json& schema) {
    const nlohmann::json* current = &schema;
    for (int hops = 0; hops < 16 && current->is_object() && current->contains("$ref"); ++hops) {
        const auto& ref = (*current)["$ref"];
        if (!ref.is_string() || ref.get<std::string>().rfind("#", 0) != 0) break;
        nlohmann::json::json_pointer target(ref.get<std::string>().substr(1));
        if (!root_schema.contains(target)) break;
        current = &root_schema.at(target);
    }
    return *current;
}

namespace {

void walk(const nlohmann::json& root_schema, const nlohmann::json& value,
          const nlohmann::json& raw_schema, const std::string& pointer,
          const SchemaVisitor& visit) {
    const nlohmann::json& schema = resolve_ref(root_schema, raw_schema);
    visit(value, schema, pointer);
    if (!schema.is_object()) return;
    if (value.is_object() && schema.contains("properties")) {
        const auto& properties = schema["properties"];
        for (const auto& [key, child] : value.items()) {
            if (properties.contains(key)) {
                walk(root_schema, child, properties[key], pointer_append(pointer, key), visit);
            }
        }
    }
    if (value.is_array() && schema.contains("items") && schema["items"].is_object()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            walk(root_schema, value[i], schema["items"], pointer_append(pointer, i), visit);
        }
    }
}

// The properties a schema states, its own and its combinators' branches'.
nlohmann::json properties_of(const nlohmann::json& root_schema, const nlohmann::json& schema) {
    nlohmann::json properties = nlohmann::json::object();
    if (!schema.is_object()) return properties;
    if (schema.contains("properties")) properties.update(schema["properties"]);
    for (const char* combinator : {"anyOf", "oneOf", "allOf"}) {
        if (!schema.contains(combinator) || !schema[combinator].is_array()) continue;
        for (const auto& branch : schema[combinator]) {
            properties.update(properties_of(root_schema, resolve_ref(root_schema, branch)));
        }
    }
    return properties;
}

void collect_leaves(const nlohmann::json& root_schema, const nlohmann::json& raw_schema,
                    const std::string& path, int depth, std::vector<std::string>& leaves) {
    const nlohmann::json& schema = resolve_ref(root_schema, raw_schema);
    const nlohmann::json properties = properties_of(root_schema, schema);
    if (depth < 32 && !properties.empty()) {
        for (const auto& [key, child] : properties.items())
            collect_leaves(root_schema, child, path + "/" + key, depth + 1, leaves);
        return;
    }
    if (depth < 32 && schema.is_object() && schema.contains("items") &&
        schema["items"].is_object()) {
        const auto& items = resolve_ref(root_schema, schema["items"]);
        if (!properties_of(root_schema, items).empty()) {
            collect_leaves(root_schema, items, path + "/*", depth + 1, leaves);
            return;
        }
    }
    leaves.push_back(path);
}

}  // namespace

std::vector<std::string> schema_leaf_paths(const nlohmann::json& root_schema) {
    std::vector<std::string> leaves;
    collect_leaves(root_schema, root_schema, "", 0, leaves);
    return leaves;
}

void walk_with_schema(const nlohmann::json& root_schema, const nlohmann::json& value,
                      const SchemaVisitor& visit) {
    walk(root_schema, value, root_schema, "", visit);
}

const nlohmann::json* subschema_at(const nlohmann::json& root_schema, const std::string& pointer) {
    const nlohmann::json* schema = &resolve_ref(root_schema, root_schema);
    std::size_t pos = 0;
    while (pos < pointer.size()) {
        std::size_t next = pointer.find('/', pos + 1);
        std::string token =
            pointer.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
        if (schema->contains("properties") && (*schema)["properties"].contains(token)) {
            schema = &(*schema)["properties"][token];
        } else if (schema->contains("items") && (*schema)["items"].is_object() && !token.empty() &&
                   token.find_first_not_of("0123456789") == std::string::npos) {
            schema = &(*schema)["items"];
        } else {
            return nullptr;
        }
        schema = &resolve_ref(root_schema, *schema);
        if (next == std::string::npos) break;
        pos = next;
    }
    return schema;
}

}  // namespace amparo

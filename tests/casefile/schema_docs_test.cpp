// The schema and docs/case-file.md stay in step: every field is described, in both places.
#include <gtest/gtest.h>
#include <functional>
#include <nlohmann/json.hpp>

#include "support/test_paths.hpp"

namespace amparo {
namespace {

void for_each_property(
    const nlohmann::json& schema,
    const std::function<void(const std::string&, const nlohmann::json&)>& visit) {
    if (schema.is_object()) {
        if (schema.contains("properties")) {
            for (const auto& [name, property] : schema["properties"].items()) visit(name, property);
        }
        for (const auto& [key, child] : schema.items()) for_each_property(child, visit);
    } else if (schema.is_array()) {
        for (const auto& child : schema) for_each_property(child, visit);
    }
}

nlohmann::json load_schema() {
    return nlohmann::json::parse(
        testing::read_file(testing::source_dir() / "schemas/case.schema.json"));
}

TEST(SchemaDocs, EveryFieldHasADescription) {
    auto schema = load_schema();
    for_each_property(schema, [&](const std::string& name, const nlohmann::json& property) {
        bool described = property.contains("description");
        if (!described && property.contains("$ref")) {
            auto target =
                nlohmann::json::json_pointer(property["$ref"].get<std::string>().substr(1));
            described = schema.at(target).contains("description");
        }
        EXPECT_TRUE(described) << name;
    });
}

TEST(SchemaDocs, EveryFieldIsExplainedInTheCaseFileGuide) {
    const std::string guide = testing::read_file(testing::source_dir() / "docs/case-file.md");
    for_each_property(load_schema(), [&](const std::string& name, const nlohmann::json&) {
        bool mentioned = guide.find("." + name + "`") != std::string::npos ||
                         guide.find("`" + name + "`") != std::string::npos;
        EXPECT_TRUE(mentioned) << "docs/case-file.md does not explain `" << name << "`";
    });
}

}  // namespace
}  // namespace amparo

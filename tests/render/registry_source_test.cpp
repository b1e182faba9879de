// The registry and ../shared/legal/authorities.md hold the same authorities: every key of the
// legal facts is in the registry with the same citation, and the registry has no key of its own.
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <sstream>

#include "render/authority_registry.hpp"
#include "support/test_paths.hpp"

namespace amparo::render {
namespace {

TEST(RegistrySource, RegistryMatchesTheLegalFacts) {
    auto source = testing::source_dir().parent_path() / "shared/legal/authorities.md";
    ASSERT_TRUE(std::filesystem::exists(source))
        << source << " is missing: shared/ must sit beside the repository";
    Diagnostics problems;
    auto registry =
        AuthorityRegistry::load(testing::source_dir() / "templates/authorities.yaml", problems);
    ASSERT_TRUE(registry.has_value());

    std::istringstream lines(testing::read_file(source));
    std::string line;
    std::set<std::string> keys;
    std::regex row(R"(^\| ([a-z0-9-]+) \| ([^|]+) \|)");
    while (std::getline(lines, line)) {
        std::smatch match;
        if (!std::regex_search(line, match, row) || match[1] == "key") continue;
        std::string key = match[1];
        std::string citation = match[2];
        keys.insert(key);
        const Authority* authority = registry->find(key);
        ASSERT_NE(authority, nullptr) << key << " is in authorities.md but not in the registry";
        // The registry's full form is the citation with the case name in italics.
        std::string plain = std::regex_replace(authority->full, std::regex(R"(\*)"), "");
        std::string cited = std::regex_replace(citation, std::regex(", decided July 18, 2025"), "");
        EXPECT_EQ(plain, cited) << key;
    }
    EXPECT_EQ(keys.size(), registry->entries().size());
    for (const auto& [key, authority] : registry->entries()) EXPECT_TRUE(keys.count(key)) << key;
}

}  // namespace
}  // namespace amparo::render

// The Mustache spec (shared/conformance/mustache-spec) run through amparo's rendering layer:
// TemplateRenderer with its standalone-line pre-pass. Cases that still fail are named in
// kKnownFailures with the reason (and in the README); the test fails when any other case fails
// or when a known failure starts passing.
#include <gtest/gtest.h>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "render/template_renderer.hpp"
#include "support/test_paths.hpp"

namespace amparo::render {
namespace {

namespace fs = std::filesystem;

fs::path spec_dir() {
    return testing::source_dir().parent_path() / "shared/conformance/mustache-spec";
}

// "file / test name" -> why it fails.
const std::map<std::string, std::string> kKnownFailures = {
#include "mustache_spec_known_failures.inc"
};

struct SpecFile {
    std::string name;
};

class MustacheSpec : public ::testing::TestWithParam<SpecFile> {};

TEST_P(MustacheSpec, RendersAsTheSpecSays) {
    auto path = spec_dir() / GetParam().name;
    ASSERT_TRUE(fs::exists(path)) << path
                                  << " is missing: the shared/ folder must sit beside the "
                                     "repository";
    auto spec = nlohmann::json::parse(testing::read_file(path));
    for (const auto& test : spec["tests"]) {
        std::map<std::string, std::string> partials;
        if (test.contains("partials")) {
            for (const auto& [name, text] : test["partials"].items()) partials[name] = text;
        }
        TemplateSet set = TemplateSet::from_memory(partials);
        TemplateRenderer renderer(set, nullptr);
        auto rendered = renderer.render_text(test["template"], test["data"], true);
        std::string id = GetParam().name + " / " + test["name"].get<std::string>();
        bool correct = rendered.markdown == test["expected"].get<std::string>();
        if (kKnownFailures.count(id)) {
            EXPECT_FALSE(correct) << "now passes: remove from the known failures: " << id;
        } else {
            EXPECT_TRUE(correct) << id << "\n template: " << test["template"].dump()
                                 << "\n expected: " << test["expected"].dump()
                                 << "\n actual:   " << nlohmann::json(rendered.markdown).dump();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Spec, MustacheSpec,
                         ::testing::Values(SpecFile{"comments.json"}, SpecFile{"delimiters.json"},
                                           SpecFile{"interpolation.json"},
                                           SpecFile{"inverted.json"}, SpecFile{"partials.json"},
                                           SpecFile{"sections.json"},
                                           SpecFile{"~dynamic-names.json"},
                                           SpecFile{"~inheritance.json"}),
                         [](const ::testing::TestParamInfo<SpecFile>& param_info) {
                             std::string name = param_info.param.name;
                             name = name.substr(0, name.find('.'));
                             std::string out;
                             for (char c : name) {
                                 if (std::isalnum(static_cast<unsigned char>(c))) out += c;
                             }
                             return out;
                         });

}  // namespace
}  // namespace amparo::render

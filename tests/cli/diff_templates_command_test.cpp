// `amparo diff-templates OLD NEW --cases DIR`: which paragraphs of which documents of which
// cases a template change moves.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/amparo_run.hpp"
#include "cli/template_copies.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;
using testing::run_amparo;

TEST(DiffTemplatesCommand, NamesTheChangedParagraphOfEveryAffectedCase) {
    auto templates = testing::copy_of_templates();
    testing::replace_in_file(templates / "partials/nexus.mustache",
                             "it must be at least one central reason.",
                             "it must be at least one principal reason.");
    auto result = run_amparo({"diff-templates", "templates", templates.string(), "--cases",
                              "samples", "--format", "json"});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    auto report = nlohmann::json::parse(result.out);
    ASSERT_EQ(report["cases"].size(), 6u);
    std::size_t changed = 0;
    for (const auto& one : report["cases"]) {
        const std::string brief = testing::read_file(
            testing::source_dir() /
            std::filesystem::path(one["case"].get<std::string>()).replace_extension(".expected") /
            "brief.md");
        const bool argues_nexus = brief.find("at least one central reason.") != std::string::npos;
        if (!argues_nexus) {
            EXPECT_TRUE(one["documents"].empty()) << one.dump(2);
            continue;
        }
        ++changed;
        ASSERT_EQ(one["documents"].size(), 1u) << one.dump(2);
        const auto& document = one["documents"][0];
        EXPECT_EQ(document["name"], "brief");
        ASSERT_EQ(document["changes"].size(), 1u);
        const auto& change = document["changes"][0];
        ASSERT_EQ(change["before"].size(), 1u);
        ASSERT_EQ(change["after"].size(), 1u);
        EXPECT_THAT(change["before"][0].get<std::string>(),
                    ::testing::StartsWith("The protected ground need not be the only reason for "
                                          "the harm; it must be at least one central reason."));
        EXPECT_THAT(change["after"][0].get<std::string>(),
                    HasSubstr("at least one principal reason."));
        // The line is the paragraph's in the new brief.
        const auto lines = testing::occurrences(
            brief.substr(0, brief.find("The protected ground need not")), "\n");
        EXPECT_EQ(change["new_line"], lines + 1);
    }
    EXPECT_GT(changed, 0u);
    EXPECT_THAT(result.err, HasSubstr(std::to_string(changed) + " of 6 cases change"));
}

TEST(DiffTemplatesCommand, TextListingShowsBeforeAndAfter) {
    auto templates = testing::copy_of_templates();
    testing::replace_in_file(templates / "partials/nexus.mustache",
                             "it must be at least one central reason.",
                             "it must be at least one principal reason.");
    auto result =
        run_amparo({"diff-templates", "templates", templates.string(), "--cases", "samples"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.out, HasSubstr("  brief: 1 change\n    paragraph "));
    EXPECT_THAT(result.out, HasSubstr("      - The protected ground need not be the only reason "
                                      "for the harm; it must be at least one central reason."));
    EXPECT_THAT(result.out, HasSubstr("      + The protected ground need not be the only reason "
                                      "for the harm; it must be at least one principal reason."));
}

TEST(DiffTemplatesCommand, SameTemplatesChangeNothing) {
    auto result = run_amparo({"diff-templates", "templates", testing::copy_of_templates().string(),
                              "--cases", "samples"});
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_THAT(result.err, HasSubstr("0 of 6 cases change (0 documents)"));
}

}  // namespace
}  // namespace amparo

// `amparo new`: a skeleton that validates as written, and never overwrites a file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/amparo_run.hpp"

namespace amparo {
namespace {

using ::testing::HasSubstr;
using testing::run_amparo;

TEST(NewCommand, SkeletonValidatesAndNamesTheSchemaForEditors) {
    auto dir = testing::make_scratch_dir("new");
    auto file = dir / "garcia-2026.yaml";
    auto result = run_amparo({"new", "garcia-2026", "-o", file.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::string text = testing::read_file(file);
    EXPECT_THAT(text, HasSubstr("# yaml-language-server: $schema="));
    EXPECT_THAT(text, HasSubstr("schemas/case.schema.json"));
    EXPECT_THAT(text, HasSubstr("id: garcia-2026"));
    EXPECT_THAT(text, ::testing::Not(HasSubstr("{{")));
    auto validate = run_amparo({"validate", file.string()});
    EXPECT_EQ(validate.exit_code, 0) << validate.err;
}

TEST(NewCommand, RefusesToOverwrite) {
    auto dir = testing::make_scratch_dir("new-exists");
    auto file = dir / "case.yaml";
    testing::write_file(file, "keep me\n");
    auto result = run_amparo({"new", "x-1", "-o", file.string()});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("already exists"));
    EXPECT_EQ(testing::read_file(file), "keep me\n");
}

TEST(NewCommand, RefusesAnUnusableId) {
    auto result = run_amparo({"new", "García 2026"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_THAT(result.err, HasSubstr("not a usable case id"));
}

}  // namespace
}  // namespace amparo

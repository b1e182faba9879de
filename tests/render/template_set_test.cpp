// Loading a templates folder: every template must be UTF-8, like a case file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render/template_set.hpp"
#include "support/test_paths.hpp"

namespace amparo::render {
namespace {

TEST(TemplateSet, ATemplateThatIsNotUtf8IsAnErrorAtItsLineAndColumn) {
    const auto folder = testing::make_scratch_dir("latin1-template");
    testing::write_file(folder / "brief/brief.mustache", "Line one\n[[TO COMPLETE: caf\xe9]]\n");
    Diagnostics diagnostics;
    EXPECT_FALSE(TemplateSet::load(folder, diagnostics).has_value());
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics[0]).substr(folder.string().size()),
              "/brief/brief.mustache:2:19: error: the template is not UTF-8 text\n"
              "    hint: save it as UTF-8 (Save As, Encoding: UTF-8)");
}

}  // namespace
}  // namespace amparo::render

// Partials are inlined only where kainjow renders the same bytes; elsewhere the tags stay.
#include "render/partial_inlining.hpp"

#include <gtest/gtest.h>

#include <map>

namespace amparo::render {
namespace {

std::optional<std::string> inlined(const std::string& text,
                                   const std::map<std::string, std::string>& partials) {
    PartialSources sources;
    sources.partial = [&](const std::string& name) -> const std::string* {
        auto found = partials.find(name);
        return found == partials.end() ? nullptr : &found->second;
    };
    sources.names_partial = [&](const std::string& name) { return partials.count(name) > 0; };
    return inline_partials(text, sources);
}

TEST(PartialInlining, PartialTextTakesThePlaceOfItsTag) {
    EXPECT_EQ(inlined("a {{> p}} b {{>p}}.", {{"p", "[{{x}}]"}}), "a [{{x}}] b [{{x}}].");
    EXPECT_EQ(inlined("{{{x}}} {{! {{>p}} }}", {{"p", "P"}}), "{{{x}}} {{! {{>p}} }}");
}

TEST(PartialInlining, TagsStayWhereInliningCouldRenderDifferently) {
    // kainjow parses a partial with the default delimiters.
    EXPECT_FALSE(inlined("{{=<% %>=}}<%> p%>", {{"p", "P"}}));
    // An unknown or refused partial, an unclosed tag.
    EXPECT_FALSE(inlined("{{>q}}", {{"p", "P"}}));
    EXPECT_FALSE(inlined("{{>p}} {{x", {{"p", "P"}}));
    // A value named like a partial: kainjow finds the partial instead.
    EXPECT_FALSE(inlined("{{>p}}{{p.x}}", {{"p", "P"}}));
    EXPECT_FALSE(inlined("{{>p}}{{#p}}{{/p}}", {{"p", "P"}}));
    // Edges that would join into "{{" or into one CR LF line end.
    EXPECT_FALSE(inlined("{{>p}}{x}}", {{"p", "a{"}}));
    EXPECT_FALSE(inlined("a\r{{>p}}", {{"p", "\nb"}}));
    EXPECT_FALSE(inlined("{{>p}}{{>e}}{{>p}}", {{"p", "{"}, {"e", ""}}));
}

}  // namespace
}  // namespace amparo::render

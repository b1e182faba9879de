// Rendering with amparo's lambdas: citations (full, then short), refusals, numbered paragraphs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render/template_renderer.hpp"
#include "support/test_paths.hpp"

namespace amparo::render {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const AuthorityRegistry& registry() {
    static const AuthorityRegistry loaded = [] {
        Diagnostics problems;
        auto r =
            AuthorityRegistry::load(testing::source_dir() / "templates/authorities.yaml", problems);
        if (!r) throw std::runtime_error("registry does not load");
        return *r;
    }();
    return loaded;
}

RenderedText render(const std::string& text,
                    const nlohmann::json& context = nlohmann::json::object()) {
    static const TemplateSet none = TemplateSet::from_memory({});
    TemplateRenderer renderer(none, &registry());
    return renderer.render_text(text, context, false);
}

TEST(TemplateRenderer, FirstCitationIsFullThenShort) {
    auto rendered =
        render("{{#cite}}acosta{{/cite}}; {{#cite}}mevg{{/cite}}; {{#cite}}acosta{{/cite}}.");
    EXPECT_EQ(rendered.markdown,
              "[*Matter of Acosta*, 19 I&N Dec. 211 (BIA 1985)](authority:acosta); "
              "[*Matter of M-E-V-G-*, 26 I&N Dec. 227 (BIA 2014)](authority:mevg); "
              "[*Acosta*, 19 I&N Dec. 211](authority:acosta).");
    EXPECT_THAT(rendered.cited, ElementsAre("acosta", "mevg"));
    EXPECT_TRUE(rendered.problems.empty());
}

TEST(TemplateRenderer, VacatedUnknownAndUnverifiedAuthoritiesAreRefused) {
    auto rendered =
        render("{{#cite}}ab-1{{/cite}} {{#cite}}no-such-case{{/cite}} {{#cite}}jbn{{/cite}}");
    ASSERT_EQ(rendered.problems.size(), 3u);
    EXPECT_THAT(rendered.problems[0].message, HasSubstr("'ab-1' is vacated"));
    EXPECT_EQ(rendered.problems[1].message, "authority 'no-such-case' is not in the registry");
    EXPECT_THAT(rendered.problems[2].message, HasSubstr("to-verify"));
    // Each where the text writes it, as lint-templates reports it.
    EXPECT_EQ(rendered.problems[0].column, 1);
    EXPECT_EQ(rendered.problems[1].column, 24);
    EXPECT_EQ(rendered.problems[2].column, 55);
    for (const auto& problem : rendered.problems) EXPECT_EQ(problem.line, 1);
    EXPECT_THAT(rendered.markdown, HasSubstr("[[TO COMPLETE: citation 'ab-1' may not be cited]]"));
    EXPECT_TRUE(rendered.cited.empty());
}

TEST(TemplateRenderer, UnknownAuthorityHintNamesTheRegistryInUse) {
    auto rendered = render("See {{#cite}}zzzzzz-qqqq{{/cite}}.");
    ASSERT_EQ(rendered.problems.size(), 1u);
    EXPECT_EQ(rendered.problems[0].hint,
              "add it to " + (testing::source_dir() / "templates/authorities.yaml").string() +
                  " once verified, or cite a key it already has");
}

TEST(TemplateRenderer, UnclosedSectionIsReportedAtItsLineNotAtAnOffset) {
    auto rendered = render("Intro.\n\nSee {{#incidents}}\n{{summary}}\n");
    ASSERT_EQ(rendered.problems.size(), 1u);
    EXPECT_EQ(format_diagnostic(rendered.problems[0]),
              "(text):3:5: error: section `incidents` is never closed\n    hint: add "
              "`{{/incidents}}`");
}

TEST(TemplateRenderer, HistoryCitationMayNameAVacatedDecision) {
    auto rendered = render("{{#cite_history}}ab-1{{/cite_history}}");
    EXPECT_TRUE(rendered.problems.empty());
    EXPECT_EQ(rendered.markdown, "[*Matter of A-B-*, 27 I&N Dec. 316 (A.G. 2018)](authority:ab-1)");
}

TEST(TemplateRenderer, ParagraphsAreNumberedAndMappedToTheFactsTheyTell) {
    nlohmann::json context = {
        {"incidents",
         {{{"paragraph_key", "incident:first"},
           {"paragraphs", {{{"text", "One."}}, {{"text", "Two."}}}}},
          {{"paragraph_key", "incident:second"}, {"paragraphs", {{{"text", "Three."}}}}}}}};
    auto rendered = render(
        "{{#para}}Intro.{{/para}}{{#incidents}}{{#paragraphs}}{{#para}}{{text}}{{/para}}"
        "{{/paragraphs}}{{/incidents}}",
        context);
    EXPECT_EQ(rendered.markdown, "1. Intro.\n2. One.\n3. Two.\n4. Three.\n");
    EXPECT_THAT(rendered.declaration_paragraphs.at("incident:first"), ElementsAre(2, 3));
    EXPECT_THAT(rendered.declaration_paragraphs.at("incident:second"), ElementsAre(4));
    EXPECT_EQ(rendered.declaration_paragraphs.size(), 2u);  // "Intro." tells no fact
}

TEST(TemplateRenderer, FactsAreEscapedForCommonMark) {
    auto rendered = render("He said: {{words}}", {{"words", "*run* [now]"}});
    EXPECT_EQ(rendered.markdown, "He said: \\*run\\* \\[now\\]");
}

}  // namespace
}  // namespace amparo::render

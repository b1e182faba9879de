// lint-templates finds each kind of template error at its line and column (one fixture folder
// per kind under fixtures/lint/), and passes the shipped templates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "casefile/case_view.hpp"
#include "render/case_context.hpp"
#include "render/template_lint.hpp"
#include "support/test_paths.hpp"

namespace amparo::render {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct Shipped {
    nlohmann::json case_schema;
    nlohmann::json context_schema;
    AuthorityRegistry registry;
};

const Shipped& shipped() {
    static const Shipped data = [] {
        Diagnostics problems;
        auto root = testing::source_dir();
        return Shipped{
            nlohmann::json::parse(testing::read_file(root / "schemas/case.schema.json")),
            nlohmann::json::parse(testing::read_file(root / "schemas/context.schema.json")),
            *AuthorityRegistry::load(root / "templates/authorities.yaml", problems)};
    }();
    return data;
}

std::filesystem::path fixture_folder(const std::string& kind) {
    return testing::source_dir() / "tests/render/fixtures/lint" / kind;
}

// Everything lint finds in a fixture folder, on a day the registry's statuses are fresh.
Diagnostics lint_folder(const std::string& kind) {
    Diagnostics problems;
    auto templates = TemplateSet::load(fixture_folder(kind), problems);
    LintInputs inputs{*templates, shipped().registry, shipped().case_schema,
                      shipped().context_schema, CivilDate{2026, 11, 22}};
    return lint_templates(inputs).diagnostics;
}

// "doc.mustache:2:5: message" for each error of the fixture folder.
std::vector<std::string> lint_fixture(const std::string& kind) {
    std::vector<std::string> errors;
    for (const auto& d : lint_folder(kind)) {
        if (d.severity != Severity::Error) continue;
        errors.push_back(std::filesystem::path(d.file).filename().string() + ":" +
                         std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
                         d.message);
    }
    return errors;
}

// Every finding of the fixture folder, with its severity and hint:
// "doc.mustache:2:5: warning: message [hint: ...]". The registry's dated warnings are left out.
std::vector<std::string> findings(const std::string& kind) {
    std::vector<std::string> found;
    for (const auto& d : lint_folder(kind)) {
        found.push_back(std::filesystem::path(d.file)
                            .lexically_relative(fixture_folder(kind))
                            .generic_string() +
                        ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
                        severity_name(d.severity) + ": " + d.message + " [hint: " + d.hint + "]");
    }
    return found;
}

TEST(TemplateLint, MisspelledFieldSuggestsTheNearestField) {
    EXPECT_THAT(findings("misspelled-field"),
                ElementsAre("doc.mustache:2:26: error: 'langauges_text' is not a field of the "
                            "case schema or of the computed fields [hint: did you mean "
                            "'languages_text'?]",
                            "doc.mustache:3:6: error: 'applicant.langauges_text' is not a field of "
                            "the case schema or of the computed fields [hint: did you mean "
                            "'applicant.languages_text'?]"));
}

TEST(TemplateLint, MisspelledAuthoritySuggestsTheNearestKey) {
    EXPECT_THAT(findings("misspelled-authority"),
                ElementsAre("doc.mustache:1:20: error: authority 'acosa' is not in the registry "
                            "[hint: did you mean 'acosta'?]"));
}

TEST(TemplateLint, MisspelledCloseTagIsCalledAMisspelling) {
    EXPECT_THAT(findings("misspelled-close"),
                ElementsAre("doc.mustache:3:1: error: `{{/incidnets}}` closes `incidents`, opened "
                            "at line 1 [hint: did you mean `{{/incidents}}`?]"));
}

TEST(TemplateLint, MisspelledPartialSuggestsTheNearestTemplate) {
    EXPECT_THAT(findings("misspelled-partial"),
                ElementsAre("doc.mustache:2:1: error: no partial named 'partials/nexsu' [hint: did "
                            "you mean 'partials/nexus'?]"));
}

TEST(TemplateLint, OptionalFieldInterpolatedWithoutAGuardIsAWarning) {
    const std::string why =
        "' is optional in the case schema and is interpolated without a section guarding it: a "
        "case without it renders an empty gap [hint: write {{#";
    auto found = findings("unguarded-optional");
    ASSERT_EQ(found.size(), 2u) << ::testing::PrintToString(found);
    EXPECT_THAT(found[0], ::testing::StartsWith("doc.mustache:2:38: warning: 'marital_status" +
                                                why + "marital_status}}...{{/marital_status}}"));
    EXPECT_THAT(found[1], ::testing::StartsWith("doc.mustache:4:11: warning: 'applicant.religion" +
                                                why + "applicant.religion}}"));
}

TEST(TemplateLint, OptionalFieldInsideItsOwnSectionIsGuarded) {
    EXPECT_THAT(findings("guarded-optional"), IsEmpty());
}

TEST(TemplateLint, UnknownName) {
    EXPECT_THAT(
        lint_fixture("unknown-name"),
        ElementsAre(
            "doc.mustache:2:5: 'applicant.ful_name' is not a field of the case schema or of the "
            "computed fields"));
}

TEST(TemplateLint, MissingPartial) {
    EXPECT_THAT(lint_fixture("missing-partial"),
                ElementsAre("doc.mustache:2:1: no partial named 'partials/nope'"));
}

TEST(TemplateLint, PartialCycle) {
    EXPECT_THAT(lint_fixture("partial-cycle"),
                ElementsAre("b.mustache:2:3: partials include each other in a cycle: a -> b -> a"));
}

TEST(TemplateLint, UnclosedSection) {
    EXPECT_THAT(lint_fixture("unclosed-section"),
                ElementsAre("doc.mustache:3:1: section `incidents` is never closed"));
}

TEST(TemplateLint, MismatchedSection) {
    EXPECT_THAT(
        lint_fixture("mismatched-section"),
        ElementsAre("doc.mustache:2:1: `{{/incidents}}` closes `paragraphs`, opened at line 1",
                    "doc.mustache:2:15: `{{/paragraphs}}` closes `incidents`, opened at line 1"));
}

TEST(TemplateLint, MalformedTag) {
    EXPECT_THAT(
        lint_fixture("malformed-tag"),
        ElementsAre(
            "doc.mustache:2:8: malformed tag `{{applicant full_name}}`",
            "doc.mustache:2:8: 'applicant full_name' is not a field of the case schema or of the "
            "computed fields"));
}

TEST(TemplateLint, UnknownAuthority) {
    EXPECT_THAT(lint_fixture("unknown-authority"),
                ElementsAre("doc.mustache:1:5: authority 'no-such-case' is not in the registry"));
}

TEST(TemplateLint, VacatedAuthorityUnlessCitedAsHistory) {
    auto errors = lint_fixture("vacated-authority");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_THAT(errors[0], ::testing::StartsWith("doc.mustache:3:5: authority 'ab-1' is vacated"));
}

TEST(TemplateLint, UnverifiedAuthority) {
    auto errors = lint_fixture("unverified-authority");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_THAT(errors[0],
                ::testing::StartsWith("doc.mustache:1:21: authority 'jbn' is marked to-verify"));
}

TEST(TemplateLint, NamesResolveInTheirSection) {
    EXPECT_THAT(
        lint_fixture("scoped-names"),
        ElementsAre("doc.mustache:2:1: 'date_phrase' is not a field of the case schema or of the "
                    "computed fields"));
}

TEST(TemplateLint, ACircuitDecisionIsTheRuleOnlyInItsCircuit) {
    // Lines 1, 3 and 5 cite a circuit's decision as sole support outside its circuit's section
    // (an inverted section is not a guard); line 2 is guarded, line 4 introduced with a signal,
    // and line 6 cites the Board.
    std::vector<std::string> lines;
    for (const auto& finding : findings("out-of-circuit")) {
        lines.push_back(finding.substr(0, finding.find(": warning: ")));
    }
    EXPECT_THAT(lines, ElementsAre("doc.mustache:1:32", "doc.mustache:3:35", "doc.mustache:5:39"));
    EXPECT_THAT(findings("out-of-circuit")[0],
                ::testing::HasSubstr("'madrigal' (9th Cir.) is cited as the rule outside its "
                                     "circuit's section"));
}

// A placeholder sends the user to the case field that fills it: a misspelled one, or one amparo
// computes, is a warning at the field; statute subsections and prose in parentheses are not
// field names.
TEST(TemplateLint, APlaceholderNamesAFieldOfTheCaseSchema) {
    EXPECT_THAT(
        findings("placeholder-field"),
        ElementsAre("doc.mustache:1:48: warning: placeholder names 'case.court.nmae', which "
                    "is not a field of the case schema [hint: name the case-file field "
                    "that fills it, as schemas/case.schema.json spells it (a list's items "
                    "as 'exhibits[].pages')]",
                    "doc.mustache:2:54: warning: placeholder names 'exhibits[].fil', which is "
                    "not a field of the case schema [hint: name the case-file field that "
                    "fills it, as schemas/case.schema.json spells it (a list's items as "
                    "'exhibits[].pages')]",
                    "doc.mustache:2:105: warning: placeholder names 'numerals', which is not "
                    "a field of the case schema [hint: name the case-file field that fills "
                    "it, as schemas/case.schema.json spells it (a list's items as "
                    "'exhibits[].pages')]"));
}

TEST(TemplateLint, ShippedTemplatesHaveNoErrors) {
    Diagnostics problems;
    auto templates = TemplateSet::load(testing::source_dir() / "templates", problems);
    LintInputs inputs{*templates, shipped().registry, shipped().case_schema,
                      shipped().context_schema, CivilDate{2026, 11, 22}};
    auto result = lint_templates(inputs);
    // Not even a warning: the shipped templates guard every optional field they interpolate.
    for (const auto& d : result.diagnostics) ADD_FAILURE() << format_diagnostic(d);
    EXPECT_FALSE(result.guarded_placeholders.empty());
}

TEST(TemplateLint, StatusOlderThan180DaysIsAWarning) {
    Diagnostics problems;
    auto templates = TemplateSet::from_memory({});
    LintInputs inputs{templates, shipped().registry, shipped().case_schema,
                      shipped().context_schema, CivilDate{2027, 6, 1}};
    auto result = lint_templates(inputs);
    ASSERT_FALSE(result.diagnostics.empty());
    EXPECT_EQ(result.diagnostics[0].severity, Severity::Warning);
    EXPECT_THAT(result.diagnostics[0].message, ::testing::HasSubstr("days ago (2026-11-22)"));
}

// Every computed field the context builder produces is declared in context.schema.json.
void expect_declared(const nlohmann::json& value, const nlohmann::json& shape,
                     const std::string& path) {
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) {
            ASSERT_TRUE(shape.contains("properties") && shape["properties"].contains(key))
                << path + "." + key << " is not declared in schemas/context.schema.json";
            expect_declared(child, shape["properties"][key], path + "." + key);
        }
    } else if (value.is_array() && shape.contains("items")) {
        for (const auto& item : value) expect_declared(item, shape["items"], path + "[]");
    }
}

TEST(TemplateLint, EveryComputedFieldIsDeclared) {
    auto shape = context_shape(shipped().case_schema, shipped().context_schema);
    // The context of a full sample, built in-process.
    auto data =
        nlohmann::json::parse(R"({"case":{"id":"x","posture":"defensive","relief":["asylum","cat"],
        "next_hearing":{"date":"2027-01-01"},"application":{"filed_date":"2024-01-01"}},
        "applicant":{"name":{"given":"A","family":"B"},"birth":{"date":"1990-01-01","place":{"city":"C"}},
        "sex":"female","nationality":["Mexico"],"languages":["Spanish"],"other_names":["Z"],
        "entry":{"date":"2023-01-01"},"occupations":[{"title":"t","from":"2010","to":"2012"}]},
        "family":[{"id":"f","relation":"r","name":{"given":"F","family":"G"}}],
        "persecutors":[{"id":"p","name":"P","kind":"cartel","state_actor":true}],
        "incidents":[{"id":"i","date":"2020-01-01","summary":"s","account":"a","perpetrators":["p"],
          "exhibits":["e"],"reports":[{"to":"police","date":"2020-01-02","exhibit":"e"}]}],
        "claims":{"particular_social_groups":[{"id":"g","definition":"d","kind":"family","evidence":["e"]}],
          "political_opinion":{"kind":"imputed","opinion":"o","evidence":["e"]},"cat":{"evidence":["e"]},
          "state_protection":{"evidence":["e"]},"fear_of_return":{"fear":"f","evidence":["e"]},
          "internal_relocation":{"attempts":[{"place":{"city":"M"},"from":"2020","to":"2021"}]}},
        "exhibits":[{"id":"e","title":"t","kind":"news","date":"2020"}],
        "prior_statements":[{"id":"s","kind":"other","date":"2021-01-01"}],
        "representative":{"name":"R","address":"L1\nL2"},
        "dhs_service":{"address":"D1","method":"ecas"}})");
    expect_declared(
        build_case_context(data, build_case_view(data, PositionTable{}), {{}, {{"i", {3}}}, {}}),
        shape, "");
}

}  // namespace
}  // namespace amparo::render

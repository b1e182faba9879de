// YAML 1.2 core-schema conversion and positions.
#include <gtest/gtest.h>

#include "casefile/yaml_to_json.hpp"

namespace amparo {
namespace {

nlohmann::json convert(const std::string& text) {
    Diagnostics diagnostics;
    auto result = yaml_to_json(text, "t.yaml", diagnostics);
    EXPECT_TRUE(diagnostics.empty()) << (diagnostics.empty() ? "" : diagnostics[0].message);
    return result ? result->value : nlohmann::json();
}

TEST(YamlToJson, PlainScalarsFollowTheCoreSchema) {
    auto value = convert(
        "n: ~\nt: true\nf: False\ni: -12\nh: 0x1F\no: 0o17\nx: 1.5\ne: 2e3\n"
        "d: 2019-03-03\nyes: yes\nnum: 0123\n");
    EXPECT_TRUE(value["n"].is_null());
    EXPECT_EQ(value["t"], true);
    EXPECT_EQ(value["f"], false);
    EXPECT_EQ(value["i"], -12);
    EXPECT_EQ(value["h"], 31);
    EXPECT_EQ(value["o"], 15);
    EXPECT_DOUBLE_EQ(value["x"].get<double>(), 1.5);
    EXPECT_DOUBLE_EQ(value["e"].get<double>(), 2000.0);
    // YAML 1.1 would make these a timestamp and a boolean; in 1.2 they are text.
    EXPECT_EQ(value["d"], "2019-03-03");
    EXPECT_EQ(value["yes"], "yes");
    EXPECT_EQ(value["num"], 123);
    // Every first character a non-string can start with, and words that only start like one.
    auto more = convert(
        "p: .5\nq: +3\nr: -.inf\ns: .nan\nu: NULL\nv:\nw: TRUE\nx: Mexico\ny: nullable\n"
        "z: 7 de marzo\n");
    EXPECT_DOUBLE_EQ(more["p"].get<double>(), 0.5);
    EXPECT_EQ(more["q"], 3);
    EXPECT_EQ(more["r"], "-.inf");
    EXPECT_EQ(more["s"], ".nan");
    EXPECT_TRUE(more["u"].is_null());
    EXPECT_TRUE(more["v"].is_null());
    EXPECT_EQ(more["w"], true);
    EXPECT_EQ(more["x"], "Mexico");
    EXPECT_EQ(more["y"], "nullable");
    EXPECT_EQ(more["z"], "7 de marzo");
}

TEST(YamlToJson, QuotedScalarsStayText) {
    auto value = convert("a: \"true\"\nb: '12'\nc: \"~\"\n");
    EXPECT_EQ(value["a"], "true");
    EXPECT_EQ(value["b"], "12");
    EXPECT_EQ(value["c"], "~");
}

TEST(YamlToJson, NbspAndNextLineEscapesComeOutAsUtf8) {
    // yaml-cpp 0.7 gave the single bytes 0xA0 and 0x85 (not UTF-8) for these escapes.
    auto value = convert("\"a\\_b\": \"c\\Nd\\_\"\n");
    EXPECT_EQ(value["a\u00a0b"], "c\u0085d\u00a0");
}

TEST(YamlToJson, AStrayCommaIsASyntaxErrorNotAnEndlessLoop) {
    // yaml-cpp 0.7's LoadAll never returned on these (yaml-cpp issue 1040).
    for (const std::string text : {",", " ,\n", "case: x\n---\n,*b]\n"}) {
        Diagnostics diagnostics;
        EXPECT_FALSE(yaml_to_json(text, "t.yaml", diagnostics).has_value());
        ASSERT_EQ(diagnostics.size(), 1u) << text;
        EXPECT_EQ(diagnostics[0].message,
                  "YAML syntax error: did not find expected node content (while parsing a block "
                  "node)")
            << text;
    }
}

TEST(YamlToJson, BlockScalarsKeepTheirText) {
    auto value = convert("account: |\n  Line one, con acentos: á ñ ¿?\n\n  Line two.\n");
    EXPECT_EQ(value["account"], "Line one, con acentos: á ñ ¿?\n\nLine two.\n");
}

TEST(YamlToJson, PositionsOfValuesAndKeys) {
    Diagnostics diagnostics;
    auto result = yaml_to_json("case:\n  id: x\nlist:\n  - a\n  - {k: v}\n", "t.yaml", diagnostics);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->positions.value_pos("/case/id").line, 2);
    EXPECT_EQ(result->positions.value_pos("/case/id").column, 7);
    EXPECT_EQ(result->positions.key_pos("/case/id").column, 3);
    EXPECT_EQ(result->positions.value_pos("/list/1/k").line, 5);
    EXPECT_EQ(result->positions.value_pos("/list/1/k").column, 9);
    // A pointer with no value of its own falls back to its nearest ancestor.
    EXPECT_EQ(result->positions.value_pos("/case/missing").line, 2);
}

TEST(YamlToJson, AliasesAreExpandedWithinTheLimit) {
    auto value = convert("a: &x {k: 1}\nb: *x\n");
    EXPECT_EQ(value["b"]["k"], 1);
}

TEST(YamlToJson, AnAliasNamesTheLastAnchorBeforeItAndAnUnknownOneIsAnError) {
    // An anchor defined again names the new node from there on; an alias may be a key.
    auto value = convert("a: &x 1\nb: *x\nc: &x two\nd: *x\n*x : 3\n");
    EXPECT_EQ(value["b"], 1);
    EXPECT_EQ(value["d"], "two");
    EXPECT_EQ(value["two"], 3);
    Diagnostics diagnostics;
    EXPECT_FALSE(yaml_to_json("a: 1\nb: *nowhere\n", "t.yaml", diagnostics));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].line, 2);
    EXPECT_EQ(diagnostics[0].column, 4);
    EXPECT_EQ(diagnostics[0].message, "the alias *nowhere names no anchor before it");
}

TEST(YamlToJson, AKeyThatIsAListIsReportedAndItsValueSkipped) {
    Diagnostics diagnostics;
    auto result = yaml_to_json("? [a, b]\n: {deep: [1, 2]}\nc: 3\n", "t.yaml", diagnostics);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->value, nlohmann::json({{"c", 3}}));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].line, 1);
    EXPECT_EQ(diagnostics[0].message, "a key must be a plain name, not a list or mapping");
}

TEST(YamlToJson, TaggedScalarsStayText) {
    auto value = convert("a: !!int 12\nb: ! true\n");
    EXPECT_EQ(value["a"], "12");
    EXPECT_EQ(value["b"], "true");
}

TEST(YamlToJson, DuplicateKeyKeepsTheFirstAndReportsTheSecond) {
    Diagnostics diagnostics;
    auto result = yaml_to_json("a: 1\nb: 2\na: 3\n", "t.yaml", diagnostics);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->value["a"], 1);
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].line, 3);
    EXPECT_EQ(diagnostics[0].message, "duplicate key 'a' (first given at line 1)");
}

TEST(YamlToJson, ScalarAtTopLevelIsRefused) {
    Diagnostics diagnostics;
    EXPECT_FALSE(yaml_to_json("just text\n", "t.yaml", diagnostics));
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].message,
              "the file is a single value; a case file must be a mapping (`key: value` lines) "
              "at the top level");
}

}  // namespace
}  // namespace amparo

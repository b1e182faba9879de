#include "render/placeholder_field_check.hpp"

#include <regex>
#include <string_view>

#include "casefile/case_source.hpp"
#include "render/context_shape.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

constexpr const char kOpen[] = "[[TO COMPLETE:";

// The field names of a parenthesis written as a list of them ("a.b", "a.b, c.d",
// "exhibits[].pages, or exhibits[].file"); empty when it is prose.
std::vector<std::string> field_list(const std::string& inside) {
    static const std::regex separator(R"(,\s*or\s+|,\s*|\s+or\s+)");
    static const std::regex field(R"([a-z_]+(\[\])?(\.[a-z_]+(\[\])?)*)");
    std::vector<std::string> names;
    for (std::sregex_token_iterator part(inside.begin(), inside.end(), separator, -1), end;
         part != end; ++part) {
        const std::string name = *part;
        if (!std::regex_match(name, field)) return {};
        names.push_back(name);
    }
    return names;
}

// Whether a dotted name reaches a field of the case schema in the shape ("exhibits[].pages":
// each exhibit's pages); false for a name it does not define and for one amparo computes.
bool names_a_case_field(const json& shape, const std::string& name) {
    const json* node = &shape;
    std::size_t start = 0;
    while (true) {
        const auto dot = name.find('.', start);
        std::string part = name.substr(start, dot == std::string::npos ? dot : dot - start);
        const bool each = part.size() > 2 && part.compare(part.size() - 2, 2, "[]") == 0;
        if (each) part.resize(part.size() - 2);
        if (!node->contains("properties") || !(*node)["properties"].contains(part)) return false;
        node = &(*node)["properties"][part];
        if (node->value(kComputedMark, false)) return false;
        if (each) {
            if (!node->contains("items")) return false;
            node = &(*node)["items"];
        }
        if (dot == std::string::npos) return true;
        start = dot + 1;
    }
}

}  // namespace

Diagnostics placeholder_field_problems(const TemplateSet& templates, const json& shape) {
    Diagnostics found;
    for (const auto& [name, file] : templates.files()) {
        const std::string& text = file.text;
        for (auto at = text.find(kOpen); at != std::string::npos; at = text.find(kOpen, at + 1)) {
            const auto end = text.find("]]", at);
            if (end == std::string::npos) break;
            // Only the outermost parentheses: "(8 U.S.C. § 1252(a)(1))" is one piece of prose.
            int depth = 0;
            std::size_t opened = 0;
            for (auto i = at; i < end; ++i) {
                if (text[i] == '(' && depth++ == 0) opened = i;
                if (text[i] != ')' || depth == 0 || --depth != 0) continue;
                // A statute's subsection ("1003.1(d)(3)", "(b)(1)-(2)", "FRAP 25(c)") touches
                // the text around it; a field list stands apart from it.
                const bool apart =
                    text[opened - 1] == ' ' &&
                    std::string_view(" ,.;:]").find(text[i + 1]) != std::string_view::npos;
                if (!apart) continue;
                const std::string inside = text.substr(opened + 1, i - opened - 1);
                for (const auto& field : field_list(inside)) {
                    if (names_a_case_field(shape, field)) continue;
                    const auto where = line_column_at(text, opened + 1 + inside.find(field));
                    found.push_back({file.path.string(), where.line, where.column,
                                     Severity::Warning, "",
                                     "placeholder names '" + field +
                                         "', which is not a field of the case schema",
                                     "name the case-file field that fills it, as "
                                     "schemas/case.schema.json spells it (a list's items as "
                                     "'exhibits[].pages')"});
                }
            }
        }
    }
    return found;
}

}  // namespace amparo::render

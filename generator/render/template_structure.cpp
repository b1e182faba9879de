// A stack of open sections, as Mustache keeps one; a close tag that does not match the innermost
// section is reported with what most likely happened: a misspelling, or sections closed out of
// order.
#include "render/template_structure.hpp"

#include <algorithm>

#include "casefile/nearest_name.hpp"
#include "render/tag_scanner.hpp"

namespace amparo::render {

namespace {

std::string close_tag(const std::string& name) { return "`{{/" + name + "}}`"; }

std::string mismatch_hint(const std::string& closed, const std::vector<Tag>& open) {
    const std::string& innermost = open.back().name;
    const bool outer = std::any_of(open.begin(), open.end() - 1,
                                   [&](const Tag& tag) { return tag.name == closed; });
    if (outer) return "close the inner section first: " + close_tag(innermost);
    if (nearest_name(closed, {innermost})) return "did you mean " + close_tag(innermost) + "?";
    return "the section open here is `" + innermost + "`: close it with " + close_tag(innermost);
}

}  // namespace

Diagnostics structure_problems(const TemplateFile& file) {
    Diagnostics problems;
    auto report = [&](int line, int column, std::string message, std::string hint = "") {
        problems.push_back({file.path.string(), line, column, Severity::Error, "",
                            std::move(message), std::move(hint)});
    };
    ScanResult scan = scan_tags(file.text);
    for (const auto& problem : scan.problems) report(problem.line, problem.column, problem.message);
    std::vector<Tag> open;
    for (const auto& tag : scan.tags) {
        if (tag.kind == Tag::Kind::Section || tag.kind == Tag::Kind::Inverted) {
            open.push_back(tag);
        } else if (tag.kind == Tag::Kind::Close) {
            if (open.empty()) {
                report(tag.line, tag.column,
                       close_tag(tag.name) + " closes a section that was never opened");
                continue;
            }
            if (open.back().name != tag.name) {
                report(tag.line, tag.column,
                       close_tag(tag.name) + " closes `" + open.back().name + "`, opened at line " +
                           std::to_string(open.back().line),
                       mismatch_hint(tag.name, open));
            }
            open.pop_back();
        }
    }
    for (const auto& unclosed : open) {
        report(unclosed.line, unclosed.column, "section `" + unclosed.name + "` is never closed",
               "add " + close_tag(unclosed.name));
    }
    return problems;
}

Diagnostics structure_problems(const TemplateSet& templates) {
    Diagnostics problems;
    for (const auto& [name, file] : templates.files()) {
        Diagnostics found = structure_problems(file);
        problems.insert(problems.end(), found.begin(), found.end());
    }
    return problems;
}

}  // namespace amparo::render

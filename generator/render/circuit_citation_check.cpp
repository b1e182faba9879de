// Sections are tracked within one template: a circuit's section and its citations are written
// together, so a guard in an including template is not looked for.
#include "render/circuit_citation_check.hpp"

#include <algorithm>
#include <regex>

#include "render/citation_check.hpp"
#include "render/tag_scanner.hpp"

namespace amparo::render {

namespace {

// "9th Cir." -> "case.circuit_ninth"; "" for a court that is not a numbered circuit.
std::string circuit_section(const std::string& court) {
    static const std::regex numbered(R"(^(\d+)(st|nd|rd|th|d) Cir\.$)");
    static const char* names[] = {"first",   "second", "third", "fourth", "fifth",   "sixth",
                                  "seventh", "eighth", "ninth", "tenth",  "eleventh"};
    std::smatch match;
    if (!std::regex_match(court, match, numbered)) return "";
    const int circuit = std::stoi(match[1]);
    if (circuit < 1 || circuit > 11) return "";
    return std::string("case.circuit_") + names[circuit - 1];
}

// Whether the sentence before `at` introduces the citation with a signal that makes it
// persuasive rather than the rule.
bool introduced_as_persuasive(const std::string& text, std::size_t at) {
    const std::size_t from = at > 300 ? at - 300 : 0;
    std::string before = text.substr(from, at - from);
    for (const char* boundary : {". ", ".\n", "\n\n"}) {
        const auto end = before.rfind(boundary);
        if (end != std::string::npos) before = before.substr(end + std::string(boundary).size());
    }
    static const std::regex signal(R"((^|[^A-Za-z])(See|see|Cf\.|cf\.)( also)?[^A-Za-z])");
    return std::regex_search(before, signal);
}

}  // namespace

Diagnostics out_of_circuit_citations(const TemplateSet& templates,
                                     const AuthorityRegistry& registry) {
    Diagnostics found;
    for (const auto& [name, file] : templates.files()) {
        std::vector<const Tag*> open;  // sections (not inverted) enclosing the current tag
        const auto tags = scan_tags(file.text).tags;
        for (const auto& tag : tags) {
            if (tag.kind == Tag::Kind::Close) {
                if (!open.empty() && open.back()->name == tag.name) open.pop_back();
                continue;
            }
            const std::string key = cited_key(file.text, tag);
            if (tag.kind == Tag::Kind::Section && key.empty()) open.push_back(&tag);
            if (tag.kind == Tag::Kind::Inverted) open.push_back(&tag);
            if (key.empty()) continue;
            const Authority* authority = registry.find(key);
            if (!authority) continue;
            const std::string section = circuit_section(authority->court);
            if (section.empty()) continue;
            const bool guarded = std::any_of(open.begin(), open.end(), [&](const Tag* enclosing) {
                return enclosing->kind == Tag::Kind::Section && enclosing->name == section;
            });
            if (guarded || introduced_as_persuasive(file.text, tag.begin)) continue;
            found.push_back({file.path.string(), tag.line, tag.column, Severity::Warning, "",
                             "'" + key + "' (" + authority->court +
                                 ") is cited as the rule outside its circuit's section; in other "
                                 "circuits it is not binding",
                             "put the sentence inside {{#" + section +
                                 "}}, or introduce the citation with \"See\" or \"see also\" "
                                 "after the Board's or the Supreme Court's rule"});
        }
    }
    return found;
}

}  // namespace amparo::render

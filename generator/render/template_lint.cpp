// Walks templates from the top-level documents down through their partials, so that a partial's
// names are resolved in the scope it is included in.
#include "render/template_lint.hpp"

#include <algorithm>
#include <set>

#include "casefile/schema_walk.hpp"
#include "render/tag_scanner.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

const std::set<std::string> kLambdas = {"cite", "cite_history", "para"};

json merge_shapes(const json& case_root, const json& node, const json& extra) {
    json out = resolve_ref(case_root, node);
    if (out.contains("anyOf") && !out.contains("type")) out["type"] = "string";
    if (extra.is_object() && extra.contains("properties")) {
        for (const auto& [name, child] : extra["properties"].items()) {
            if (!out["properties"].contains(name)) out["properties"][name] = json::object();
        }
    }
    if (out.contains("properties")) {
        for (auto& [name, child] : out["properties"].items()) {
            json extra_child = extra.is_object() && extra.contains("properties") &&
                                       extra["properties"].contains(name)
                                   ? extra["properties"][name]
                                   : json();
            json base = child.empty() && extra_child.is_object() ? extra_child : child;
            child = merge_shapes(case_root, base, extra_child);
        }
    }
    if (out.contains("items") && out["items"].is_object()) {
        json extra_items = extra.is_object() && extra.contains("items") ? extra["items"] : json();
        out["items"] = merge_shapes(case_root, out["items"], extra_items);
    }
    return out;
}

// A context node {"x-amparo-same-as": [POINTER...]} (a list whose items are incidents or
// events) has every field of those nodes of the merged shape, computed fields included, plus
// its own properties.
void resolve_same_as(json& node, const json& merged) {
    if (!node.is_object()) return;
    if (node.contains("x-amparo-same-as")) {
        const json own = node.contains("properties") ? node["properties"] : json::object();
        for (const auto& pointer : node["x-amparo-same-as"]) {
            const json& same = merged.at(json::json_pointer(pointer.get<std::string>()));
            if (!same.contains("properties")) continue;
            for (const auto& [name, child] : same["properties"].items()) {
                node["properties"][name] = child;
            }
        }
        for (const auto& [name, child] : own.items()) node["properties"][name] = child;
        node.erase("x-amparo-same-as");
    }
    if (node.contains("properties")) {
        for (auto& [name, child] : node["properties"].items()) resolve_same_as(child, merged);
    }
    if (node.contains("items")) resolve_same_as(node["items"], merged);
}

struct Scope {
    const json* shape = nullptr;  // null: a section over a flag or text, transparent to lookups
};

class Linter {
  public:
    explicit Linter(const LintInputs& inputs)
        : inputs_(inputs), shape_(context_shape(inputs.case_schema, inputs.context_schema)) {}

    LintResult run() {
        std::set<std::string> included;
        for (const auto& [name, file] : inputs_.templates.files()) {
            for (const auto& tag : scan_tags(file.text).tags) {
                if (tag.kind == Tag::Kind::Partial) included.insert(tag.name);
            }
        }
        for (const auto& [name, file] : inputs_.templates.files()) {
            if (!included.count(name)) walk(name, {Scope{&shape_}}, {});
        }
        for (const auto& [name, file] : inputs_.templates.files()) {
            if (!visited_.count(name)) walk(name, {Scope{&shape_}}, {});
        }
        check_status_dates();
        return std::move(result_);
    }

  private:
    void report(const TemplateFile& file, int line, int column, Severity severity,
                std::string message, std::string hint = "") {
        std::string key = file.path.string() + ":" + std::to_string(line) + ":" +
                          std::to_string(column) + message;
        if (!seen_.insert(key).second) return;
        result_.diagnostics.push_back(
            {file.path.string(), line, column, severity, "", std::move(message), std::move(hint)});
    }

    // Resolves a (dotted) name: the first part from the innermost scope outward, the rest inside.
    const json* resolve(const std::string& name, const std::vector<Scope>& scopes) const {
        if (name == ".") return scopes.back().shape ? scopes.back().shape : &shape_;
        std::vector<std::string> parts;
        for (std::size_t start = 0;;) {
            auto dot = name.find('.', start);
            parts.push_back(
                name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
        for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
            if (!scope->shape) continue;
            const json* node = child(*scope->shape, parts[0]);
            if (!node) continue;
            for (std::size_t i = 1; i < parts.size() && node; ++i) node = child(*node, parts[i]);
            return node;
        }
        return nullptr;
    }

    static const json* child(const json& shape, const std::string& name) {
        if (shape.contains("properties") && shape["properties"].contains(name))
            return &shape["properties"][name];
        // A list index ("attempts.0") reaches its items.
        if (shape.contains("items") && !name.empty() &&
            name.find_first_not_of("0123456789") == std::string::npos) {
            return &shape["items"];
        }
        return nullptr;
    }

    void check_citation(const TemplateFile& file, const Tag& tag, const std::string& key,
                        bool history) {
        const Authority* authority = inputs_.registry.find(key);
        if (!authority) {
            report(file, tag.line, tag.column, Severity::Error,
                   "authority '" + key + "' is not in the registry",
                   "add it to authorities.yaml once verified, or cite an existing key");
            return;
        }
        if (history) return;
        if (auto refusal = citation_refusal(*authority)) {
            report(
                file, tag.line, tag.column, Severity::Error, "authority '" + key + "' " + *refusal,
                authority->status == "vacated" || authority->status == "overruled"
                    ? "cite it with {{#cite_history}} only where the brief discusses it as vacated"
                    : "");
        }
    }

    void walk(const std::string& name, std::vector<Scope> scopes, std::vector<std::string> chain) {
        const TemplateFile* file = inputs_.templates.find(name);
        if (!file) return;
        visited_.insert(name);
        chain.push_back(name);
        ScanResult scan = scan_tags(file->text);
        for (const auto& problem : scan.problems)
            report(*file, problem.line, problem.column, Severity::Error, problem.message);
        struct Open {
            Tag tag;
            bool pushed;
        };
        std::vector<Open> open;
        for (std::size_t i = 0; i < scan.tags.size(); ++i) {
            const Tag& tag = scan.tags[i];
            switch (tag.kind) {
                case Tag::Kind::Comment:
                case Tag::Kind::Delimiter:
                    break;
                case Tag::Kind::Variable:
                case Tag::Kind::Unescaped:
                    if (!resolve(tag.name, scopes)) unknown_name(*file, tag);
                    break;
                case Tag::Kind::Section:
                case Tag::Kind::Inverted: {
                    if (kLambdas.count(tag.name)) {
                        if (tag.name != "para") {
                            std::size_t close_at =
                                file->text.find("{{/" + tag.name + "}}", tag.end);
                            std::string key = file->text.substr(
                                tag.end, close_at == std::string::npos ? 0 : close_at - tag.end);
                            check_citation(*file, tag, trim(key), tag.name == "cite_history");
                        }
                        open.push_back({tag, false});
                        break;
                    }
                    const json* node = resolve(tag.name, scopes);
                    if (!node) unknown_name(*file, tag);
                    if (tag.kind == Tag::Kind::Inverted) {
                        record_placeholders(*file, tag, scan.tags, i, scopes.size() == 1);
                        open.push_back({tag, false});
                        break;
                    }
                    const json* inner = nullptr;
                    if (node && node->value("type", "") == "array" && node->contains("items"))
                        inner = &(*node)["items"];
                    else if (node && node->contains("properties"))
                        inner = node;
                    scopes.push_back(Scope{inner});
                    open.push_back({tag, true});
                    break;
                }
                case Tag::Kind::Close: {
                    if (open.empty()) {
                        report(*file, tag.line, tag.column, Severity::Error,
                               "`{{/" + tag.name + "}}` closes a section that was never opened");
                        break;
                    }
                    if (open.back().tag.name != tag.name) {
                        report(*file, tag.line, tag.column, Severity::Error,
                               "`{{/" + tag.name + "}}` closes `" + open.back().tag.name +
                                   "`, opened at line " + std::to_string(open.back().tag.line),
                               "close the inner section first");
                    }
                    if (open.back().pushed) scopes.pop_back();
                    open.pop_back();
                    break;
                }
                case Tag::Kind::Partial: {
                    if (!inputs_.templates.find(tag.name)) {
                        report(*file, tag.line, tag.column, Severity::Error,
                               "no partial named '" + tag.name + "'",
                               "partials are named by their path below the templates folder");
                    } else if (std::find(chain.begin(), chain.end(), tag.name) != chain.end()) {
                        std::string cycle;
                        for (const auto& link : chain) cycle += link + " -> ";
                        report(*file, tag.line, tag.column, Severity::Error,
                               "partials include each other in a cycle: " + cycle + tag.name);
                    } else {
                        walk(tag.name, scopes, chain);
                    }
                    break;
                }
            }
        }
        for (const auto& unclosed : open) {
            report(*file, unclosed.tag.line, unclosed.tag.column, Severity::Error,
                   "section `" + unclosed.tag.name + "` is never closed",
                   "add `{{/" + unclosed.tag.name + "}}`");
        }
    }

    void unknown_name(const TemplateFile& file, const Tag& tag) {
        report(file, tag.line, tag.column, Severity::Error,
               "'" + tag.name + "' is not a field of the case schema or of the computed fields",
               "see schemas/case.schema.json and schemas/context.schema.json");
    }

    // Placeholders directly inside a top-level inverted section, tied to that section's name.
    void record_placeholders(const TemplateFile& file, const Tag& open_tag,
                             const std::vector<Tag>& tags, std::size_t index, bool at_root) {
        if (!at_root) return;
        std::size_t body_end = file.text.size();
        for (std::size_t k = index + 1; k < tags.size(); ++k) {
            if (tags[k].kind == Tag::Kind::Close && tags[k].name == open_tag.name) {
                body_end = file.text.rfind("{{", tags[k].end - 1);
                break;
            }
        }
        std::string body = file.text.substr(open_tag.end, body_end - open_tag.end);
        for (auto at = body.find("[[TO COMPLETE:"); at != std::string::npos;
             at = body.find("[[TO COMPLETE:", at + 1)) {
            auto end = body.find("]]", at);
            if (end == std::string::npos) break;
            result_.guarded_placeholders.push_back(
                {trim(body.substr(at + 14, end - at - 14)), open_tag.name});
        }
    }

    void check_status_dates() {
        const auto& registry = inputs_.registry;
        for (const auto& [key, authority] : registry.entries()) {
            auto checked = legal::parse_civil_date(authority.status_checked);
            if (!checked) continue;
            auto age = legal::days_since_epoch(inputs_.today) - legal::days_since_epoch(*checked);
            if (age > 180) {
                result_.diagnostics.push_back(
                    {registry.file(), authority.pos.line, authority.pos.column, Severity::Warning,
                     key,
                     "status last checked " + std::to_string(age) + " days ago (" +
                         authority.status_checked + ")",
                     "re-check the authority's status and update status_checked"});
            }
        }
    }

    static std::string trim(const std::string& text) {
        auto first = text.find_first_not_of(" \t\r\n");
        auto last = text.find_last_not_of(" \t\r\n");
        return first == std::string::npos ? "" : text.substr(first, last - first + 1);
    }

    const LintInputs& inputs_;
    json shape_;
    LintResult result_;
    std::set<std::string> visited_;
    std::set<std::string> seen_;
};

}  // namespace

json context_shape(const json& case_schema, const json& context_schema) {
    json shape = merge_shapes(case_schema, case_schema, context_schema);
    const json merged = shape;
    resolve_same_as(shape, merged);
    return shape;
}

LintResult lint_templates(const LintInputs& inputs) { return Linter(inputs).run(); }

}  // namespace amparo::render

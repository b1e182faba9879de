// Walks templates from the top-level documents down through their partials, so that a partial's
// names are resolved in the scope it is included in, and guarded by the sections around it.
#include "render/template_lint.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "casefile/nearest_name.hpp"
#include "render/circuit_citation_check.hpp"
#include "render/citation_check.hpp"
#include "render/placeholder_field_check.hpp"
#include "render/tag_scanner.hpp"
#include "render/template_structure.hpp"

namespace amparo::render {

namespace {

using nlohmann::json;

const std::set<std::string> kLambdas = {"cite", "cite_history", "para"};

struct Scope {
    const json* shape = nullptr;  // null: a section over a flag or text, transparent to lookups
    // The fields along the name the section is over (`case.court.name`: case, court and name):
    // all set wherever the section renders.
    std::vector<const json*> guards;
};

// What a name in a tag refers to.
struct Lookup {
    const json* node = nullptr;     // the field's shape; null when no schema defines the name
    std::vector<const json*> path;  // the shape of each part of the name, `node` last
    // For an unknown name: the name with its first unknown part replaced by the nearest field.
    std::optional<std::string> suggestion;
    // The first part of the name (as written, "applicant.marital_status") that a case may leave
    // out and no enclosing section guards; empty when there is none.
    std::string unguarded;
};

std::vector<std::string> split_name(const std::string& name) {
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
        auto dot = name.find('.', start);
        parts.push_back(
            name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return parts;
}

std::string joined(const std::vector<std::string>& parts, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count && i < parts.size(); ++i) out += (i ? "." : "") + parts[i];
    return out;
}

void add_property_names(const json& shape, std::vector<std::string>& names) {
    if (!shape.contains("properties")) return;
    for (const auto& [name, child] : shape["properties"].items()) names.push_back(name);
}

const json* child(const json& shape, const std::string& name) {
    if (shape.contains("properties") && shape["properties"].contains(name))
        return &shape["properties"][name];
    // A list index ("attempts.0") reaches its items.
    if (shape.contains("items") && !name.empty() &&
        name.find_first_not_of("0123456789") == std::string::npos) {
        return &shape["items"];
    }
    return nullptr;
}

class Linter {
  public:
    explicit Linter(const LintInputs& inputs)
        : inputs_(inputs), shape_(context_shape(inputs.case_schema, inputs.context_schema)) {}

    LintResult run() {
        for (const auto& [name, file] : inputs_.templates.files()) {
            for (auto& problem : structure_problems(file)) add(std::move(problem));
        }
        for (const auto& site : citation_sites(inputs_.templates)) {
            if (auto problem = citation_problem(site, inputs_.registry)) add(std::move(*problem));
        }
        for (auto& problem : out_of_circuit_citations(inputs_.templates, inputs_.registry)) {
            add(std::move(problem));
        }
        for (auto& problem : placeholder_field_problems(inputs_.templates, shape_)) {
            add(std::move(problem));
        }
        std::set<std::string> included;
        for (const auto& [name, file] : inputs_.templates.files()) {
            for (const auto& tag : scan_tags(file.text).tags) {
                if (tag.kind == Tag::Kind::Partial) included.insert(tag.name);
            }
        }
        for (const auto& [name, file] : inputs_.templates.files()) {
            if (!included.count(name)) walk(name, {Scope{&shape_, {}}}, {});
        }
        for (const auto& [name, file] : inputs_.templates.files()) {
            if (!visited_.count(name)) walk(name, {Scope{&shape_, {}}}, {});
        }
        check_status_dates();
        return std::move(result_);
    }

  private:
    // A partial walked from several places reports a problem of its own text once.
    void add(Diagnostic diagnostic) {
        std::string key = diagnostic.file + ":" + std::to_string(diagnostic.line) + ":" +
                          std::to_string(diagnostic.column) + diagnostic.message;
        if (seen_.insert(key).second) result_.diagnostics.push_back(std::move(diagnostic));
    }

    void report(const TemplateFile& file, const Tag& tag, Severity severity, std::string message,
                std::string hint) {
        add({file.path.string(), tag.line, tag.column, severity, "", std::move(message),
             std::move(hint)});
    }

    static bool guarded(const json* node, const std::vector<Scope>& scopes) {
        return std::any_of(scopes.begin(), scopes.end(), [node](const Scope& scope) {
            return std::find(scope.guards.begin(), scope.guards.end(), node) != scope.guards.end();
        });
    }

    // Resolves a (dotted) name as Mustache does: the first part from the innermost scope
    // outward, the rest inside what the first part found.
    Lookup lookup(const std::string& name, const std::vector<Scope>& scopes) const {
        Lookup found;
        if (name == ".") {
            found.node = scopes.back().shape ? scopes.back().shape : &shape_;
            found.path.push_back(found.node);
            return found;
        }
        const std::vector<std::string> parts = split_name(name);
        std::vector<std::string> visible;
        for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
            if (!scope->shape) continue;
            add_property_names(*scope->shape, visible);
            const json* node = child(*scope->shape, parts[0]);
            if (!node) continue;
            const json* parent = scope->shape;
            found.path.push_back(node);
            for (std::size_t i = 0;;) {
                if (found.unguarded.empty() && may_be_absent(*parent, parts[i]) &&
                    !guarded(node, scopes)) {
                    found.unguarded = joined(parts, i + 1);
                }
                if (++i == parts.size()) break;
                parent = node;
                node = child(*parent, parts[i]);
                if (!node) {
                    std::vector<std::string> fields;
                    add_property_names(*parent, fields);
                    if (auto nearest = nearest_name(parts[i], fields)) {
                        auto corrected = parts;
                        corrected[i] = *nearest;
                        found.suggestion = joined(corrected, corrected.size());
                    }
                    found.unguarded.clear();
                    found.path.clear();
                    return found;
                }
                found.path.push_back(node);
            }
            found.node = node;
            return found;
        }
        if (auto nearest = nearest_name(parts[0], visible)) {
            auto corrected = parts;
            corrected[0] = *nearest;
            found.suggestion = joined(corrected, corrected.size());
        }
        return found;
    }

    Lookup check_name(const TemplateFile& file, const Tag& tag, const std::vector<Scope>& scopes) {
        Lookup found = lookup(tag.name, scopes);
        if (!found.node) {
            report(
                file, tag, Severity::Error,
                "'" + tag.name + "' is not a field of the case schema or of the computed fields",
                found.suggestion
                    ? "did you mean '" + *found.suggestion + "'?"
                    : std::string("see schemas/case.schema.json and schemas/context.schema.json"));
            return found;
        }
        const bool interpolated =
            tag.kind == Tag::Kind::Variable || tag.kind == Tag::Kind::Unescaped;
        if (interpolated && !found.unguarded.empty()) {
            report(file, tag, Severity::Warning,
                   "'" + found.unguarded +
                       "' is optional in the case schema and is interpolated without a section "
                       "guarding it: a case without it renders an empty gap",
                   "write {{#" + found.unguarded + "}}...{{/" + found.unguarded +
                       "}} around the text that needs it, with a [[TO COMPLETE: ...]] "
                       "placeholder in {{^" +
                       found.unguarded + "}} if the sentence must stay");
        }
        return found;
    }

    void check_partial(const TemplateFile& file, const Tag& tag) {
        std::vector<std::string> names;
        for (const auto& [name, other] : inputs_.templates.files()) names.push_back(name);
        auto nearest = nearest_name(tag.name, names);
        report(file, tag, Severity::Error, "no partial named '" + tag.name + "'",
               nearest ? "did you mean '" + *nearest + "'?"
                       : "partials are named by their path below the templates folder");
    }

    void walk(const std::string& name, std::vector<Scope> scopes, std::vector<std::string> chain) {
        const TemplateFile* file = inputs_.templates.find(name);
        if (!file) return;
        visited_.insert(name);
        chain.push_back(name);
        ScanResult scan = scan_tags(file->text);
        // Whether each open section pushed a scope; balance problems are structure_problems'.
        std::vector<std::pair<std::string, bool>> open;
        for (std::size_t i = 0; i < scan.tags.size(); ++i) {
            const Tag& tag = scan.tags[i];
            switch (tag.kind) {
                case Tag::Kind::Comment:
                case Tag::Kind::Delimiter:
                    break;
                case Tag::Kind::Variable:
                case Tag::Kind::Unescaped:
                    check_name(*file, tag, scopes);
                    break;
                case Tag::Kind::Section:
                case Tag::Kind::Inverted: {
                    if (kLambdas.count(tag.name)) {
                        open.emplace_back(tag.name, false);
                        break;
                    }
                    const Lookup found = check_name(*file, tag, scopes);
                    const json* node = found.node;
                    if (tag.kind == Tag::Kind::Inverted) {
                        record_placeholders(*file, tag, scan.tags, i, scopes.size() == 1);
                        open.emplace_back(tag.name, false);
                        break;
                    }
                    const json* inner = nullptr;
                    if (node && node->value("type", "") == "array" && node->contains("items"))
                        inner = &(*node)["items"];
                    else if (node && node->contains("properties"))
                        inner = node;
                    scopes.push_back(Scope{inner, found.path});
                    open.emplace_back(tag.name, true);
                    break;
                }
                case Tag::Kind::Close:
                    if (open.empty()) break;
                    if (open.back().second) scopes.pop_back();
                    open.pop_back();
                    break;
                case Tag::Kind::Partial: {
                    if (!inputs_.templates.find(tag.name)) {
                        check_partial(*file, tag);
                    } else if (std::find(chain.begin(), chain.end(), tag.name) != chain.end()) {
                        std::string cycle;
                        for (const auto& link : chain) cycle += link + " -> ";
                        report(*file, tag, Severity::Error,
                               "partials include each other in a cycle: " + cycle + tag.name, "");
                    } else {
                        walk(tag.name, scopes, chain);
                    }
                    break;
                }
            }
        }
    }

    // Placeholders directly inside a top-level inverted section, tied to that section's name.
    void record_placeholders(const TemplateFile& file, const Tag& open_tag,
                             const std::vector<Tag>& tags, std::size_t index, bool at_root) {
        if (!at_root) return;
        std::size_t body_end = file.text.size();
        for (std::size_t k = index + 1; k < tags.size(); ++k) {
            if (tags[k].kind == Tag::Kind::Close && tags[k].name == open_tag.name) {
                body_end = tags[k].begin;
                break;
            }
        }
        std::string body = file.text.substr(open_tag.end, body_end - open_tag.end);
        for (auto at = body.find("[[TO COMPLETE:"); at != std::string::npos;
             at = body.find("[[TO COMPLETE:", at + 1)) {
            auto end = body.find("]]", at);
            if (end == std::string::npos) break;
            result_.guarded_placeholders.push_back(
                {trimmed(body.substr(at + 14, end - at - 14)), open_tag.name});
        }
    }

    void check_status_dates() {
        const auto& registry = inputs_.registry;
        for (const auto& [key, authority] : registry.entries()) {
            auto checked = parse_civil_date(authority.status_checked);
            if (!checked) continue;
            auto age = days_since_epoch(inputs_.today) - days_since_epoch(*checked);
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

    const LintInputs& inputs_;
    json shape_;
    LintResult result_;
    std::set<std::string> visited_;
    std::set<std::string> seen_;
};

}  // namespace

LintResult lint_templates(const LintInputs& inputs) { return Linter(inputs).run(); }

}  // namespace amparo::render

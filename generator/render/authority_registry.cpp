// Registry loading, each entry checked for the fields templates rely on.
#include "render/authority_registry.hpp"

#include <set>

#include "casefile/json_pointer.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo::render {

std::optional<std::string> citation_refusal(const Authority& authority) {
    if (authority.status == "vacated" || authority.status == "overruled") {
        return "is " + authority.status + " (" + authority.status_note +
               "): it may not be cited as authority";
    }
    if (authority.verification != "checked") {
        return "is marked to-verify in the registry: confirm it against the published text and "
               "record where, before a template relies on it";
    }
    return std::nullopt;
}

namespace {

// A scalar field's text as written: a string, or a number or boolean the core schema read.
std::optional<std::string> text_of(const nlohmann::json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number() || value.is_boolean()) return value.dump();
    return std::nullopt;
}

}  // namespace

std::optional<AuthorityRegistry> AuthorityRegistry::load(const std::filesystem::path& file,
                                                         Diagnostics& out) {
    // Entries come out sorted by key; their problems are told in the file's order.
    Diagnostics diagnostics;
    AuthorityRegistry registry;
    registry.file_ = file.string();
    const YamlFileKind kind{"the authorities registry", "keep every authority in one document",
                            "the registry is a mapping of keys to entries",
                            "write each authority as `key:` at the left margin, its fields "
                            "indented below it"};
    auto document = yaml_file_to_json(file.string(), out, kind);
    if (!document) return std::nullopt;
    static const std::set<std::string> statuses = {"good-law", "limited",  "overruled",
                                                   "vacated",  "enjoined", "unknown"};
    static const std::set<std::string> categories = {"case", "statute", "regulation", "other"};
    bool ok = true;
    for (const auto& [key, node] : document->value.items()) {
        Authority entry;
        entry.key = key;
        entry.pos = document->positions.key_pos(pointer_append("", key));
        auto optional_field = [&node = node](const char* name) -> std::optional<std::string> {
            if (!node.is_object() || !node.contains(name)) return std::nullopt;
            return text_of(node[name]);
        };
        auto field = [&](const char* name) -> std::string {
            if (auto text = optional_field(name)) return *text;
            diagnostics.push_back({file.string(), entry.pos.line, entry.pos.column, Severity::Error,
                                   entry.key, std::string("missing field '") + name + "'", ""});
            ok = false;
            return "";
        };
        entry.category = field("category");
        entry.full = field("full");
        entry.short_form = field("short");
        entry.name = field("name");
        entry.proposition = field("proposition");
        entry.status = field("status");
        entry.status_note = optional_field("status_note").value_or("");
        entry.status_checked = field("status_checked");
        entry.court = optional_field("court").value_or("");
        entry.verification = field("verification");
        if (!entry.status.empty() && !statuses.count(entry.status)) {
            diagnostics.push_back(
                {file.string(), entry.pos.line, entry.pos.column, Severity::Error, entry.key,
                 "unknown status '" + entry.status + "'",
                 "use good-law, limited, overruled, vacated, enjoined or unknown"});
            ok = false;
        }
        if (!entry.category.empty() && !categories.count(entry.category)) {
            diagnostics.push_back({file.string(), entry.pos.line, entry.pos.column, Severity::Error,
                                   entry.key, "unknown category '" + entry.category + "'",
                                   "use case, statute, regulation or other"});
            ok = false;
        }
        registry.entries_[entry.key] = std::move(entry);
    }
    sort_by_position(diagnostics);
    out.insert(out.end(), diagnostics.begin(), diagnostics.end());
    if (!ok) return std::nullopt;
    return registry;
}

const Authority* AuthorityRegistry::find(const std::string& key) const {
    auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace amparo::render

// Registry loading with yaml-cpp, each entry checked for the fields templates rely on.
#include "render/authority_registry.hpp"

#include <yaml-cpp/yaml.h>
#include <set>

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

std::optional<AuthorityRegistry> AuthorityRegistry::load(const std::filesystem::path& file,
                                                         Diagnostics& diagnostics) {
    AuthorityRegistry registry;
    registry.file_ = file.string();
    YAML::Node root;
    try {
        root = YAML::LoadFile(file.string());
    } catch (const YAML::Exception& e) {
        diagnostics.push_back({file.string(), e.mark.line + 1, e.mark.column + 1, Severity::Error,
                               "", "cannot read the authorities registry: " + e.msg, ""});
        return std::nullopt;
    }
    if (!root.IsMap()) {
        diagnostics.push_back({file.string(), 1, 1, Severity::Error, "",
                               "the authorities registry must be a mapping of keys to entries",
                               ""});
        return std::nullopt;
    }
    static const std::set<std::string> statuses = {"good-law", "limited",  "overruled",
                                                   "vacated",  "enjoined", "unknown"};
    static const std::set<std::string> categories = {"case", "statute", "regulation", "other"};
    bool ok = true;
    for (const auto& member : root) {
        Authority entry;
        entry.key = member.first.as<std::string>();
        const YAML::Node& node = member.second;
        entry.pos = {member.first.Mark().line + 1, member.first.Mark().column + 1};
        auto field = [&](const char* name) -> std::string {
            if (!node[name] || !node[name].IsScalar()) {
                diagnostics.push_back({file.string(), entry.pos.line, entry.pos.column,
                                       Severity::Error, entry.key,
                                       std::string("missing field '") + name + "'", ""});
                ok = false;
                return "";
            }
            return node[name].as<std::string>();
        };
        entry.category = field("category");
        entry.full = field("full");
        entry.short_form = field("short");
        entry.name = field("name");
        entry.proposition = field("proposition");
        entry.status = field("status");
        entry.status_note = node["status_note"] ? node["status_note"].as<std::string>() : "";
        entry.status_checked = field("status_checked");
        entry.court = node["court"] ? node["court"].as<std::string>() : "";
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
    if (!ok) return std::nullopt;
    return registry;
}

const Authority* AuthorityRegistry::find(const std::string& key) const {
    auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace amparo::render

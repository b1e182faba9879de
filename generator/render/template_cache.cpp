// Entries are computed on first use, under one lock; an entry never changes once computed, so
// the references handed out stay valid while other threads add entries.
#include "render/template_cache.hpp"

#include "document/placeholder_mark.hpp"
#include "render/partial_inlining.hpp"
#include "render/template_set.hpp"

namespace amparo::render {

namespace {

bool names_partial(const TemplateSet& templates, const std::string& name) {
    return templates.find(name) != nullptr || name.find("@indent-") != std::string::npos;
}

}  // namespace

StandaloneResult TemplateCache::prepare(const std::string& template_text) {
    return remove_standalone_lines(document::mark_template_placeholders(template_text));
}

TemplateCache::Entry& TemplateCache::entry(const TemplateSet& templates, const Key& key) {
    auto found = entries_.find(key);
    if (found != entries_.end()) return found->second;
    const TemplateFile* file = templates.find(key.first);
    std::string text = file ? file->text : "";
    if (!key.second.empty()) text = indent_lines(text, key.second);
    Entry& made = entries_[key];
    made.prepared = prepare(text);
    return made;
}

std::optional<std::string> TemplateCache::inline_text(const TemplateSet& templates,
                                                      const StandaloneResult& prepared) {
    // The para lambda renders "{{{paragraph_key}}}", which a partial of that name would hide.
    if (templates.find("paragraph_key")) return std::nullopt;
    PartialSources sources;
    sources.partial = [&](const std::string& tag_name) -> const std::string* {
        for (const auto& [name, indentation] : prepared.indented_partials) {
            if (indented_partial_name(name, indentation) == tag_name)
                return inline_entry(templates, {name, indentation});
        }
        if (!templates.find(tag_name)) return nullptr;
        return inline_entry(templates, {tag_name, ""});
    };
    sources.names_partial = [&](const std::string& name) { return names_partial(templates, name); };
    return inline_partials(prepared.text, sources);
}

const std::string* TemplateCache::inline_entry(const TemplateSet& templates, const Key& key) {
    Entry& found = entry(templates, key);
    if (found.inlining_done) return found.inlined ? &*found.inlined : nullptr;
    if (found.visiting) return nullptr;
    found.visiting = true;
    auto text = inline_text(templates, found.prepared);
    // kainjow parses a partial on its own: one it would refuse must stay a partial tag, so that
    // the error comes where and when kainjow reports it.
    if (text && !Parsed(*text).is_valid()) text.reset();
    found.inlined = std::move(text);
    found.visiting = false;
    found.inlining_done = true;
    return found.inlined ? &*found.inlined : nullptr;
}

const StandaloneResult& TemplateCache::prepared(const TemplateSet& templates,
                                                const std::string& name,
                                                const std::string& indentation) {
    std::lock_guard lock(mutex_);
    return entry(templates, {name, indentation}).prepared;
}

const std::string* TemplateCache::inlined(const TemplateSet& templates, const std::string& name) {
    std::lock_guard lock(mutex_);
    return inline_entry(templates, {name, ""});
}

std::optional<std::string> TemplateCache::inlined_text(const TemplateSet& templates,
                                                       const StandaloneResult& prepared) {
    std::lock_guard lock(mutex_);
    auto text = inline_text(templates, prepared);
    if (text && !Parsed(*text).is_valid()) text.reset();
    return text;
}

std::unique_ptr<TemplateCache::Parsed> TemplateCache::take(const TemplateSet& templates,
                                                           const std::string& name, bool inlined) {
    const std::string* text = nullptr;
    {
        std::lock_guard lock(mutex_);
        auto& idle = idle_[{name, inlined}];
        if (!idle.empty()) {
            auto parsed = std::move(idle.back());
            idle.pop_back();
            return parsed;
        }
        text = inlined ? inline_entry(templates, {name, ""})
                       : &entry(templates, {name, ""}).prepared.text;
    }
    return std::make_unique<Parsed>(text ? *text : std::string());
}

void TemplateCache::give_back(const std::string& name, bool inlined,
                              std::unique_ptr<Parsed> parsed) {
    std::lock_guard lock(mutex_);
    idle_[{name, inlined}].push_back(std::move(parsed));
}

}  // namespace amparo::render

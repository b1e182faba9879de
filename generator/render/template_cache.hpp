// What the renderer derives from a template set once per process instead of at every render:
// each template's text prepared for kainjow (standalone lines removed, placeholders marked), the
// same text with its partials inlined where that renders the same bytes (partial_inlining.hpp),
// and parsed kainjow templates, each lent to one render at a time (rendering writes kainjow's
// error message into the template).
#pragma once

#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "render/standalone_lines.hpp"

namespace amparo::render {

class TemplateSet;

class TemplateCache {
  public:
    using Parsed = kainjow::mustache::mustache;

    // A template's text as Mustache renders it: its placeholders marked as its own, standalone
    // tag lines removed.
    static StandaloneResult prepare(const std::string& template_text);

    // A template's prepared text (indentation empty), or the indented variant of a partial.
    const StandaloneResult& prepared(const TemplateSet& templates, const std::string& name,
                                     const std::string& indentation = "");
    // The template's prepared text with its partials inlined; null where they cannot be.
    const std::string* inlined(const TemplateSet& templates, const std::string& name);
    // The same for a text that is not a file of the set (the Mustache spec's templates).
    std::optional<std::string> inlined_text(const TemplateSet& templates,
                                            const StandaloneResult& prepared);

    // The named template parsed from its inlined or its prepared text, the caller's until it
    // gives it back (only a template still valid after rendering is given back).
    std::unique_ptr<Parsed> take(const TemplateSet& templates, const std::string& name,
                                 bool inlined);
    void give_back(const std::string& name, bool inlined, std::unique_ptr<Parsed> parsed);

  private:
    using Key = std::pair<std::string, std::string>;  // template name, indentation
    struct Entry {
        StandaloneResult prepared;
        bool visiting = false;  // being inlined: a partial that reaches it is recursive
        bool inlining_done = false;
        std::optional<std::string> inlined;
    };

    Entry& entry(const TemplateSet& templates, const Key& key);
    const std::string* inline_entry(const TemplateSet& templates, const Key& key);
    std::optional<std::string> inline_text(const TemplateSet& templates,
                                           const StandaloneResult& prepared);

    std::mutex mutex_;
    std::map<Key, Entry> entries_;
    std::map<std::pair<std::string, bool>, std::vector<std::unique_ptr<Parsed>>> idle_;
};

}  // namespace amparo::render

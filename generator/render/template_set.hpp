// The templates of one folder (`templates/` or a firm's --templates copy), by name: the path
// below the folder without ".mustache" ("brief/brief", "arguments/cat", "partials/nexus").
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "casefile/diagnostic.hpp"

namespace amparo::render {

class TemplateCache;

struct TemplateFile {
    std::string name;
    std::filesystem::path path;
    std::string text;
};

class TemplateSet {
  public:
    TemplateSet();

    static std::optional<TemplateSet> load(const std::filesystem::path& folder,
                                           Diagnostics& diagnostics);
    // For tests and the spec runner: templates given in memory.
    static TemplateSet from_memory(const std::map<std::string, std::string>& templates);

    // A copy whose files read `change(file)`, at the same paths: lint renders the samples
    // through templates marked this way to see what each tag produced.
    TemplateSet transformed(const std::function<std::string(const TemplateFile&)>& change) const;

    const TemplateFile* find(const std::string& name) const;
    const std::map<std::string, TemplateFile>& files() const { return files_; }
    const std::filesystem::path& folder() const { return folder_; }

    // What the renderer derives from these texts once per process (render/template_cache.hpp);
    // copies of the set share it, a transformed set gets its own.
    TemplateCache& cache() const { return *cache_; }

  private:
    std::filesystem::path folder_;
    std::map<std::string, TemplateFile> files_;
    std::shared_ptr<TemplateCache> cache_;
};

}  // namespace amparo::render

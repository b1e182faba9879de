// Reads every *.mustache file below a folder, in a stable order.
#include "render/template_set.hpp"

#include <fstream>
#include <sstream>

#include "casefile/case_source.hpp"
#include "render/template_cache.hpp"

namespace amparo::render {

TemplateSet::TemplateSet() : cache_(std::make_shared<TemplateCache>()) {}

std::optional<TemplateSet> TemplateSet::load(const std::filesystem::path& folder,
                                             Diagnostics& diagnostics) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        diagnostics.push_back({folder.string(), 0, 0, Severity::Error, "",
                               "the templates folder does not exist",
                               "pass --templates DIR with a folder of *.mustache files"});
        return std::nullopt;
    }
    TemplateSet set;
    set.folder_ = folder;
    bool all_utf8 = true;
    for (const auto& entry : fs::recursive_directory_iterator(folder, error)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        // Rendered text goes into JSON (report.json) and XML, which take only UTF-8: a template
        // saved as Latin-1 ended a build in an internal error (found while triaging a fuzzer
        // finding of the same kind).
        if (auto bad = first_invalid_utf8(text.str())) {
            const auto where = line_column_at(text.str(), *bad);
            diagnostics.push_back({entry.path().string(), where.line, where.column, Severity::Error,
                                   "", "the template is not UTF-8 text",
                                   "save it as UTF-8 (Save As, Encoding: UTF-8)"});
            all_utf8 = false;
            continue;
        }
        std::string name =
            fs::relative(entry.path(), folder).replace_extension("").generic_string();
        set.files_[name] = TemplateFile{name, entry.path(), text.str()};
    }
    if (!all_utf8) return std::nullopt;
    return set;
}

TemplateSet TemplateSet::from_memory(const std::map<std::string, std::string>& templates) {
    TemplateSet set;
    for (const auto& [name, text] : templates) set.files_[name] = TemplateFile{name, name, text};
    return set;
}

TemplateSet TemplateSet::transformed(
    const std::function<std::string(const TemplateFile&)>& change) const {
    TemplateSet copy = *this;
    copy.cache_ = std::make_shared<TemplateCache>();
    for (auto& [name, file] : copy.files_) file.text = change(file);
    return copy;
}

const TemplateFile* TemplateSet::find(const std::string& name) const {
    auto it = files_.find(name);
    return it == files_.end() ? nullptr : &it->second;
}

}  // namespace amparo::render

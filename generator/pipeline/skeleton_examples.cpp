// Walks the skeleton and the case side by side by JSON pointer, list indexes generalised.
#include "pipeline/skeleton_examples.hpp"

#include <fstream>
#include <functional>
#include <sstream>

#include "casefile/json_pointer.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo::pipeline {

namespace {

using nlohmann::json;

// Calls `visit(pointer, pattern, text)` for each string in `value`: `pointer` is the exact JSON
// pointer, `pattern` the same with every list index written "*".
void for_each_text(
    const json& value, const std::string& pointer, const std::string& pattern,
    const std::function<void(const std::string&, const std::string&, const std::string&)>& visit) {
    if (value.is_string()) {
        visit(pointer, pattern, value.get<std::string>());
    } else if (value.is_object()) {
        for (const auto& [key, child] : value.items())
            for_each_text(child, pointer_append(pointer, key), pointer_append(pattern, key), visit);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            for_each_text(value[i], pointer_append(pointer, i), pointer_append(pattern, "*"),
                          visit);
    }
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos;
         pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
    return text;
}

}  // namespace

std::string fill_skeleton(const std::string& skeleton, const std::string& case_id,
                          const std::string& schema_path) {
    return replace_all(replace_all(skeleton, "{{case_id}}", case_id), "{{schema_path}}",
                       schema_path);
}

std::optional<SkeletonExamples> SkeletonExamples::load(const std::filesystem::path& skeleton,
                                                       Diagnostics& diagnostics) {
    std::ifstream in(skeleton);
    if (!in) {
        diagnostics.push_back({skeleton.string(), 0, 0, Severity::Error, "",
                               "--strict needs the skeleton case file to compare with",
                               "copy new-case.yaml from amparo's templates/ into this folder"});
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    // Filled in as `amparo new` does: `{{case_id}}` alone is not YAML.
    auto document =
        yaml_to_json(fill_skeleton(text.str(), "example", ""), skeleton.string(), diagnostics);
    if (!document) return std::nullopt;
    SkeletonExamples examples;
    for_each_text(document->value, "", "",
                  [&](const std::string&, const std::string& pattern, const std::string& value) {
                      if (value.find(' ') != std::string::npos)
                          examples.examples_[pattern].insert(value);
                  });
    return examples;
}

Diagnostics SkeletonExamples::find_in(const LoadedCase& loaded) const {
    Diagnostics found;
    for_each_text(
        loaded.data, "", "",
        [&](const std::string& pointer, const std::string& pattern, const std::string& value) {
            auto examples = examples_.find(pattern);
            if (examples == examples_.end() || !examples->second.count(value)) return;
            SourcePos pos = loaded.positions.value_pos(pointer);
            found.push_back({loaded.display_name, pos.line, pos.column, Severity::Error,
                             pointer_to_path(pointer),
                             "still the example text of the `amparo new` skeleton (--strict)",
                             "replace it with the case's fact, or delete the field if optional"});
        });
    return found;
}

}  // namespace amparo::pipeline

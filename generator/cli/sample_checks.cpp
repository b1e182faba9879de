// Case text never appears in these messages (sample folders may hold real cases): they name the
// sample file and the template line.
#include "cli/sample_checks.hpp"

#include <map>

#include "casefile/case_loader.hpp"
#include "casefile/case_source.hpp"
#include "cli/case_inputs.hpp"
#include "document/placeholder_mark.hpp"
#include "pipeline/case_documents.hpp"
#include "render/case_context.hpp"
#include "render/interpolation_marks.hpp"

namespace amparo::cli {

namespace {

namespace fs = std::filesystem;

// True when a dotted path names a value that Mustache treats as set.
bool is_set(const nlohmann::json& context, const std::string& path) {
    const nlohmann::json* node = &context;
    std::size_t start = 0;
    while (true) {
        auto dot = path.find('.', start);
        std::string part =
            path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!node->is_object() || !node->contains(part)) return false;
        node = &(*node)[part];
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    if (node->is_boolean()) return node->get<bool>();
    if (node->is_array()) return !node->empty();
    return !node->is_null();
}

// Where a template writes the placeholder, or the templates folder when none writes it whole
// (its text is built from interpolations).
Diagnostic at_placeholder(const render::TemplateSet& templates, const std::string& shown) {
    const std::string written = std::string(document::kPlaceholderText) + " " + shown + "]]";
    for (const auto& [name, file] : templates.files()) {
        auto at = file.text.find(written);
        if (at == std::string::npos) continue;
        const auto where = line_column_at(file.text, at);
        return {file.path.string(), where.line, where.column, Severity::Error, "", "", ""};
    }
    return {templates.folder().string(), 0, 0, Severity::Error, "", "", ""};
}

void check_placeholders(const SampleCheckInputs& inputs, const LoadedCase& loaded,
                        const pipeline::CaseDocuments& documents, const std::string& sample,
                        Diagnostics& diagnostics) {
    auto context = render::build_case_context(loaded.data, loaded.view, {});
    for (const auto& document : documents.documents) {
        for (const auto& shown : document.placeholders) {
            for (const auto& guard : inputs.guarded) {
                if (guard.text != shown || !is_set(context, guard.path)) continue;
                Diagnostic problem = at_placeholder(inputs.templates, shown);
                problem.message = "placeholder '" + shown + "' appears in " + document.name +
                                  " for sample " + sample + ", which has " + guard.path;
                problem.hint = "tie the placeholder to the field it stands for";
                diagnostics.push_back(problem);
            }
        }
    }
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

}  // namespace

Diagnostics check_samples(const SampleCheckInputs& inputs) {
    Diagnostics diagnostics;
    const render::MarkedTemplates marked = render::mark_interpolations(inputs.templates);
    std::map<std::size_t, std::vector<std::string>> empty;  // site -> "sample (document)"
    CaseInputs cases = collect_case_files({inputs.samples.string()});
    for (const auto& file : cases.files) {
        const std::string sample = file.filename().string();
        Diagnostics load_problems;
        auto loaded = load_case(file, inputs.schema, load_problems);
        if (!loaded) {
            diagnostics.push_back({file.string(), 0, 0, Severity::Error, "",
                                   "sample case does not validate", "run amparo validate on it"});
            continue;
        }
        auto documents =
            pipeline::render_case_documents(*loaded, inputs.templates, inputs.registry, {});
        for (const auto& problem : documents.problems) {
            Diagnostic d = problem;
            d.message = "renders with an error for sample " + sample + ": " + d.message;
            diagnostics.push_back(d);
        }
        check_placeholders(inputs, *loaded, documents, sample, diagnostics);
        auto marked_documents =
            pipeline::render_case_documents(*loaded, marked.templates, inputs.registry, {});
        for (const auto& document : marked_documents.documents) {
            for (auto site : render::empty_in_sentence(document.markdown))
                empty[site].push_back(sample + " (" + document.name + ")");
        }
    }
    for (const auto& [index, where] : empty) {
        const auto& site = marked.sites[index];
        diagnostics.push_back(
            {site.file, site.line, site.column, Severity::Warning, "",
             "'" + site.name + "' renders empty inside a sentence for " +
                 std::to_string(where.size()) + " sample document" +
                 (where.size() == 1 ? "" : "s") + ": " + joined(where),
             "write {{#" + site.name + "}}...{{/" + site.name +
                 "}} around the words that need it, so that a case without it reads whole"});
    }
    // collect_case_files says "PATH: what is wrong"; the diagnostic names the path already.
    const std::string prefix = inputs.samples.string() + ": ";
    for (const auto& problem : cases.problems) {
        diagnostics.push_back(
            {inputs.samples.string(), 0, 0, Severity::Error, "",
             problem.rfind(prefix, 0) == 0 ? problem.substr(prefix.size()) : problem, ""});
    }
    return diagnostics;
}

}  // namespace amparo::cli

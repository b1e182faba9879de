// Only errors refuse a set: warnings (an authority's status not re-checked lately, an unguarded
// optional field) are for lint-templates to show a maintainer, not for every build to repeat.
#include "cli/template_gate.hpp"

#include <fstream>
#include <iostream>

#include "casefile/civil_date.hpp"
#include "casefile/data_paths.hpp"
#include "cli/app.hpp"

namespace amparo::cli {

std::optional<render::LintResult> lint_template_set(const render::TemplateSet& templates,
                                                    const render::AuthorityRegistry& registry,
                                                    const CaseSchema& schema,
                                                    Diagnostics& problems) {
    const auto file = default_data_dir() / "schemas" / "context.schema.json";
    std::ifstream in(file);
    nlohmann::json context_schema;
    try {
        context_schema = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        problems.push_back({file.string(), 0, 0, Severity::Error, "",
                            std::string("cannot read: ") + e.what(), ""});
        return std::nullopt;
    }
    return render::lint_templates(
        {templates, registry, schema.json(), context_schema, today_utc()});
}

std::optional<int> refuse_templates(const render::TemplateSet& templates,
                                    const render::AuthorityRegistry& registry,
                                    const CaseSchema& schema, const FormatOption& format,
                                    std::ostream& structured) {
    Diagnostics problems;
    auto lint = lint_template_set(templates, registry, schema, problems);
    if (!lint) {
        print_text_diagnostics(problems);
        return kExitUsage;
    }
    Diagnostics errors;
    for (const auto& finding : lint->diagnostics) {
        if (finding.severity == Severity::Error) errors.push_back(finding);
    }
    if (errors.empty()) return std::nullopt;
    print_diagnostics(errors, format, structured);
    std::cerr << "amparo: the templates in " << templates.folder().string() << " have "
              << errors.size() << " error" << (errors.size() == 1 ? "" : "s")
              << "; nothing was rendered (amparo lint-templates shows every finding)\n";
    return kExitInvalid;
}

std::optional<pipeline::BuildSettings> checked_markdown_settings(
    const std::filesystem::path& folder, const CaseSchema& schema, const FormatOption& format,
    int& exit_code) {
    Diagnostics problems;
    auto settings = pipeline::load_build_settings(folder, {"md"}, problems);
    if (!settings) {
        print_text_diagnostics(problems);
        exit_code = kExitUsage;
        return std::nullopt;
    }
    if (auto refused =
            refuse_templates(settings->templates, settings->registry, schema, format, std::cout)) {
        exit_code = *refused;
        return std::nullopt;
    }
    return settings;
}

}  // namespace amparo::cli

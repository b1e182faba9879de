// The template checks of lint-templates, run once per process before any case by every command
// that renders: build, render, test-templates and diff-templates refuse what lint-templates
// refuses, with the same messages.
#pragma once

#include <iosfwd>
#include <optional>

#include "casefile/case_schema.hpp"
#include "cli/report_printer.hpp"
#include "pipeline/build_settings.hpp"
#include "render/authority_registry.hpp"
#include "render/template_lint.hpp"
#include "render/template_set.hpp"

namespace amparo::cli {

// The static checks of the set against the case schema and the computed fields
// (schemas/context.schema.json); nullopt, with the reason in `problems`, when the context schema
// cannot be read.
std::optional<render::LintResult> lint_template_set(const render::TemplateSet& templates,
                                                    const render::AuthorityRegistry& registry,
                                                    const CaseSchema& schema,
                                                    Diagnostics& problems);

// nullopt when the set may be rendered; otherwise, after printing its errors in `format` (to
// `structured` for the machine formats), the exit code: 1 for template errors, 2 when the checks
// could not run.
std::optional<int> refuse_templates(const render::TemplateSet& templates,
                                    const render::AuthorityRegistry& registry,
                                    const CaseSchema& schema, const FormatOption& format,
                                    std::ostream& structured);

// What test-templates and diff-templates render with: the templates, registry and profiles of
// `folder` (no fonts: they render Markdown only), once the set passes lint. Otherwise nullopt,
// after printing why, with `exit_code` set as refuse_templates says (2 for an unreadable folder).
std::optional<pipeline::BuildSettings> checked_markdown_settings(
    const std::filesystem::path& folder, const CaseSchema& schema, const FormatOption& format,
    int& exit_code);

}  // namespace amparo::cli

// The second half of lint-templates: every document rendered for every sample case, to find
// what only rendering shows.
#pragma once

#include <filesystem>
#include <vector>

#include "casefile/case_schema.hpp"
#include "render/authority_registry.hpp"
#include "render/template_lint.hpp"
#include "render/template_set.hpp"

namespace amparo::cli {

struct SampleCheckInputs {
    const render::TemplateSet& templates;
    const render::AuthorityRegistry& registry;
    const CaseSchema& schema;
    const std::vector<render::GuardedPlaceholder>& guarded;  // from the static checks
    std::filesystem::path samples;                           // a folder of case files
};

// Errors: a sample that does not validate, a rendering error, a placeholder shown for a sample
// that has the fact. Warnings: an interpolation that renders empty inside a sentence.
Diagnostics check_samples(const SampleCheckInputs& inputs);

}  // namespace amparo::cli

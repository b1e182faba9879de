// What a batch build shares across cases, loaded once and passed as const.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "casefile/diagnostic.hpp"
#include "pdf/font_files.hpp"
#include "pdf/font_set.hpp"
#include "pipeline/skeleton_examples.hpp"
#include "profile/court_profile.hpp"
#include "render/authority_registry.hpp"
#include "render/template_set.hpp"

namespace amparo::pipeline {

struct BuildSettings {
    render::TemplateSet templates;
    render::AuthorityRegistry registry;
    std::map<std::string, profile::CourtProfile> profiles;  // by name
    std::optional<pdf::FontSet> fonts;                      // read only for PDF output
    std::optional<pdf::FontFiles> font_files;               // where `fonts` came from
    std::set<std::string> formats = {"pdf", "docx"};        // pdf, docx, md
    std::filesystem::path reference_docx;
    std::int64_t creation_epoch = 0;  // SOURCE_DATE_EPOCH, or 0
    // --strict: a case still holding placeholders or the skeleton's example values fails.
    std::optional<SkeletonExamples> strict;
};

// Loads templates, registry and profiles from `templates_dir`; fonts when PDF is wanted.
std::optional<BuildSettings> load_build_settings(const std::filesystem::path& templates_dir,
                                                 const std::set<std::string>& formats,
                                                 Diagnostics& diagnostics);

// The profile a case's brief follows: case.profile, or the one its posture implies.
std::string profile_name_for(const nlohmann::json& validated_case);

}  // namespace amparo::pipeline

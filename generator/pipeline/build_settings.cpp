// Loading the shared build inputs, each problem reported with its file.
#include "pipeline/build_settings.hpp"

#include <cstdlib>
#include <nlohmann/json.hpp>

namespace amparo::pipeline {

std::optional<BuildSettings> load_build_settings(const std::filesystem::path& templates_dir,
                                                 const std::set<std::string>& formats,
                                                 Diagnostics& diagnostics) {
    auto templates = render::TemplateSet::load(templates_dir, diagnostics);
    auto registry =
        render::AuthorityRegistry::load(templates_dir / "authorities.yaml", diagnostics);
    if (!templates || !registry) return std::nullopt;
    BuildSettings settings{
        std::move(*templates), std::move(*registry), {}, {}, {}, formats, {}, 0, {}};
    auto profiles = profile::load_court_profiles(templates_dir / "profiles", diagnostics);
    if (!profiles) return std::nullopt;
    settings.profiles = std::move(*profiles);
    if (formats.count("pdf")) {
        settings.font_files = pdf::find_liberation_serif(diagnostics);
        if (settings.font_files)
            settings.fonts = pdf::load_font_set(*settings.font_files, diagnostics);
        if (!settings.fonts) return std::nullopt;
    }
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
        settings.creation_epoch = std::strtoll(epoch, nullptr, 10);
    }
    return settings;
}

std::string profile_name_for(const nlohmann::json& validated_case) {
    const auto& the_case = validated_case["case"];
    if (the_case.contains("profile")) return the_case["profile"];
    const std::string posture = the_case["posture"];
    if (posture == "bia-appeal") return "bia";
    if (posture == "petition-for-review") return "court-of-appeals";
    if (posture == "affirmative") return "asylum-office";
    return "immigration-court";
}

}  // namespace amparo::pipeline

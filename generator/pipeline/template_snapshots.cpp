// Snapshots are plain text so that a reviewer reads the legal change in the pull request.
#include "pipeline/template_snapshots.hpp"

namespace amparo::pipeline {

std::string snapshot_text(const CaseDocument& document) { return document.markdown; }

std::vector<DocumentText> snapshot_documents(const CheckedCase& checked,
                                             const BuildSettings& settings,
                                             Diagnostics& diagnostics) {
    const LoadedCase& loaded = checked.loaded;
    const std::string profile = profile_name_for(loaded.data);
    auto found = settings.profiles.find(profile);
    if (found == settings.profiles.end()) {
        diagnostics.push_back({loaded.display_name, 0, 0, Severity::Error, "case.profile",
                               "no court profile '" + profile + "' among the templates' profiles/",
                               "add profiles/" + profile + ".yaml to the templates folder"});
        return {};
    }
    CaseDocuments rendered = render_case_documents(loaded, settings.templates, settings.registry,
                                                   checked.exhibit_pages, &found->second);
    diagnostics.insert(diagnostics.end(), rendered.problems.begin(), rendered.problems.end());
    std::vector<DocumentText> texts;
    for (const auto& document : rendered.documents)
        texts.push_back({document.name, snapshot_text(document)});
    return texts;
}

std::filesystem::path snapshot_folder(const std::filesystem::path& case_file) {
    auto folder = case_file;
    folder.replace_extension(".expected");
    return folder;
}

}  // namespace amparo::pipeline

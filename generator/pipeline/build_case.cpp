// Per case: exhibit page counts, documents, writers, the profile check and report.json.
#include "pipeline/build_case.hpp"

#include <nlohmann/json.hpp>

#include "document/plain_text.hpp"
#include "docx/docx_writer.hpp"
#include "pdf/page_count.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/atomic_file.hpp"
#include "pipeline/case_documents.hpp"
#include "pipeline/profile_check.hpp"

namespace amparo::pipeline {

namespace {

using nlohmann::json;

std::map<std::string, int> exhibit_page_counts(const LoadedCase& loaded, Diagnostics& problems) {
    std::map<std::string, int> pages;
    const auto exhibits = loaded.data.value("exhibits", json::array());
    for (std::size_t i = 0; i < exhibits.size(); ++i) {
        if (!exhibits[i].contains("file")) continue;
        std::string error;
        auto count =
            pdf::count_pdf_pages(loaded.folder / exhibits[i]["file"].get<std::string>(), error);
        if (count) {
            pages[exhibits[i]["id"]] = *count;
        } else {
            SourcePos pos = loaded.positions.value_pos("/exhibits/" + std::to_string(i) + "/file");
            problems.push_back({loaded.display_name, pos.line, pos.column, Severity::Error,
                                "exhibits[" + std::to_string(i) + "].file",
                                "exhibit file is " + error,
                                "replace it with the PDF as scanned or exported"});
        }
    }
    return pages;
}

std::string document_title(const std::string& name, const LoadedCase& loaded) {
    const auto& name_json = loaded.data["applicant"]["name"];
    std::string person =
        name_json["given"].get<std::string>() + " " + name_json["family"].get<std::string>();
    if (name == "declaration") return "Declaration of " + person;
    if (name == "exhibit-index") return "Index of Exhibits — " + person;
    return "Brief — " + person;
}

}  // namespace

CaseBuildResult build_case(const LoadedCase& loaded, const BuildSettings& settings,
                           const std::filesystem::path& out_dir) {
    CaseBuildResult result;
    result.case_id = loaded.data["case"]["id"].get<std::string>();
    const auto case_dir = out_dir / result.case_id;

    auto pages = exhibit_page_counts(loaded, result.diagnostics);
    if (has_errors(result.diagnostics)) return result;
    const std::string profile_name = profile_name_for(loaded.data);
    auto profile_it = settings.profiles.find(profile_name);
    const pdf::LayoutProfile brief_profile =
        profile_it != settings.profiles.end() ? profile_it->second : pdf::default_profile();
    pdf::LayoutProfile plain_profile = brief_profile;
    plain_profile.page_limit = 0;
    plain_profile.word_limit = 0;

    CaseDocuments documents =
        render_case_documents(loaded, settings.templates, settings.registry, pages, &brief_profile);
    result.diagnostics.insert(result.diagnostics.end(), documents.problems.begin(),
                              documents.problems.end());
    if (has_errors(result.diagnostics)) return result;

    std::string author =
        loaded.data.value(json::json_pointer("/representative/name"), std::string());
    json report = {
        {"case", result.case_id}, {"profile", profile_name}, {"documents", json::array()}};

    // After the first failed write the folder is not usable: say so once, write nothing more.
    bool write_failed = false;
    auto write = [&](const std::string& file, const std::string& bytes) {
        if (write_failed) return false;
        auto target = case_dir / file;
        if (auto error = write_file_atomically(target, bytes)) {
            write_failed = true;
            result.diagnostics.push_back({loaded.display_name, 0, 0, Severity::Error, "", *error,
                                          "check that the output folder is writable"});
            return false;
        }
        result.written.push_back(target);
        return true;
    };

    for (auto& doc : documents.documents) {
        doc.model.metadata.title = document_title(doc.name, loaded);
        doc.model.metadata.author = author;
        doc.model.metadata.subject = "Draft for attorney review";
        bool is_brief = doc.name == "brief";
        json entry = {{"name", doc.name},
                      {"files", json::array()},
                      {"placeholders", doc.placeholders},
                      {"words", is_brief ? counted_words(doc.model, brief_profile)
                                         : document::count_words(doc.model)}};
        if (settings.formats.count("md") && write(doc.name + ".md", doc.markdown)) {
            entry["files"].push_back(doc.name + ".md");
        }
        if (settings.formats.count("docx")) {
            docx::DocxOptions options;
            options.reference_docx = settings.reference_docx;
            if (settings.creation_epoch) options.creation_time = settings.creation_epoch;
            auto docx = docx::write_docx(doc.model, options);
            result.diagnostics.insert(result.diagnostics.end(), docx.diagnostics.begin(),
                                      docx.diagnostics.end());
            if (docx.ok() && write(doc.name + ".docx", docx.bytes))
                entry["files"].push_back(doc.name + ".docx");
        }
        if (settings.formats.count("pdf") && settings.fonts) {
            auto rendered = pdf::write_pdf(doc.model, is_brief ? brief_profile : plain_profile,
                                           *settings.fonts, settings.creation_epoch);
            // The writer knows no file names; say which case and document the problem is in.
            for (auto& problem : rendered.diagnostics) {
                problem.file = loaded.display_name;
                problem.message = doc.name + ".pdf: " + problem.message;
                result.diagnostics.push_back(problem);
            }
            if (!rendered.bytes.empty() && write(doc.name + ".pdf", rendered.bytes)) {
                entry["files"].push_back(doc.name + ".pdf");
                entry["pages"] = rendered.stats.pages;
                if (is_brief) {
                    json checks = json::array();
                    for (const auto& check :
                         check_against_profile(doc.model, brief_profile, rendered.stats.pages)) {
                        checks.push_back(
                            {{"check", check.check}, {"ok", check.ok}, {"detail", check.detail}});
                        if (!check.ok) {
                            result.diagnostics.push_back(
                                {loaded.display_name, 0, 0, Severity::Warning, "",
                                 "brief breaches the " + profile_name + " profile: " + check.check +
                                     " (" + check.detail + ")",
                                 ""});
                        }
                    }
                    entry["profile_checks"] = checks;
                }
            }
        }
        report["documents"].push_back(entry);
    }
    write("report.json", report.dump(2) + "\n");
    return result;
}

}  // namespace amparo::pipeline

// Per case: exhibit packet page map, documents, writers, the profile check, the exhibit packet
// and report.json.
#include "pipeline/build_case.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "document/plain_text.hpp"
#include "docx/docx_writer.hpp"
#include "docx/profile_layout.hpp"
#include "packet/packet_check.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/case_documents.hpp"
#include "pipeline/case_folder.hpp"
#include "pipeline/exhibit_packet.hpp"
#include "pipeline/profile_check.hpp"

namespace amparo::pipeline {

namespace {

using nlohmann::json;

std::string document_title(const std::string& name, const LoadedCase& loaded) {
    const auto& name_json = loaded.data["applicant"]["name"];
    std::string person =
        name_json["given"].get<std::string>() + " " + name_json["family"].get<std::string>();
    if (name == "declaration") return "Declaration of " + person;
    if (name == "exhibit-index") return "Index of Exhibits — " + person;
    if (name == "consistency") return "Consistency with Prior Statements — " + person;
    return "Brief — " + person;
}

// --strict: a draft with [[TO COMPLETE: ...]] left is not finished. The placeholders' labels come
// from the templates, never from the case, so they may be named.
void refuse_placeholders(const CaseDocuments& documents, const LoadedCase& loaded,
                         Diagnostics& diagnostics) {
    for (const auto& doc : documents.documents) {
        if (doc.placeholders.empty()) continue;
        diagnostics.push_back(
            {loaded.display_name, 0, 0, Severity::Error, "",
             doc.name + " still has " + std::to_string(doc.placeholders.size()) + " placeholder" +
                 (doc.placeholders.size() == 1 ? "" : "s") +
                 " (--strict), the first: " + doc.placeholders.front(),
             "add the facts they ask for; a build without --strict lists them all in report.json"});
    }
}

std::size_t count_warnings(const Diagnostics& diagnostics) {
    std::size_t warnings = 0;
    for (const auto& diagnostic : diagnostics) warnings += diagnostic.severity == Severity::Warning;
    return warnings;
}

}  // namespace

CaseBuildResult build_case(const CheckedCase& checked, const BuildSettings& settings,
                           const BuildOutput& output, const BuildProvenance& provenance) {
    const LoadedCase& loaded = checked.loaded;
    CaseBuildResult result;
    result.case_id = loaded.data["case"]["id"].get<std::string>();
    auto stop_requested = [&] { return output.stop && output.stop->load(); };
    const std::string profile_name = profile_name_for(loaded.data);
    auto profile_it = settings.profiles.find(profile_name);
    if (profile_it == settings.profiles.end()) {
        // Never a silent default: the brief would lose its court's format and limit checks.
        SourcePos pos = loaded.positions.value_pos(
            loaded.data["case"].contains("profile") ? "/case/profile" : "/case/posture");
        result.diagnostics.push_back(
            {loaded.display_name, pos.line, pos.column, Severity::Error, "case.profile",
             "no court profile '" + profile_name + "' among the templates' profiles/",
             "add profiles/" + profile_name + ".yaml to the templates folder"});
        return result;
    }
    const profile::CourtProfile brief_profile = profile_it->second;
    profile::CourtProfile plain_profile = brief_profile;
    plain_profile.page_limit = 0;
    plain_profile.word_limit = 0;

    // The packet's page map comes first: the index and the brief cite the pages it stamps.
    std::optional<ExhibitPacketPlan> packet_plan;
    if (settings.formats.count("pdf") && settings.fonts) {
        packet_plan = plan_exhibit_packet(checked, *settings.fonts, settings.creation_epoch,
                                          result.diagnostics);
        if (has_errors(result.diagnostics)) return result;
        if (packet_plan) {
            // The forum's packaging is profile data (templates/profiles/*.yaml, `packet:`).
            packet_plan->stamp.exhibit_page_labels = brief_profile.packet_exhibit_page_labels;
            packet_plan->fit_to_letter = brief_profile.packet_fit_to_letter;
            packet_plan->max_part_bytes =
                static_cast<std::size_t>(brief_profile.packet_max_file_mb * 1e6);
        }
    }
    CaseDocuments documents = render_case_documents(
        loaded, settings.templates, settings.registry, checked.exhibit_pages, &brief_profile,
        packet_plan ? packet_page_texts(packet_plan->map) : std::map<std::string, std::string>());
    result.diagnostics.insert(result.diagnostics.end(), documents.problems.begin(),
                              documents.problems.end());
    if (settings.strict) refuse_placeholders(documents, loaded, result.diagnostics);
    if (has_errors(result.diagnostics)) return result;

    std::string author =
        loaded.data.value(json::json_pointer("/representative/name"), std::string());
    json report = {
        {"case", result.case_id}, {"profile", profile_name}, {"documents", json::array()}};

    std::string folder_error;
    auto folder =
        CaseFolder::open(output.out_dir, result.case_id, output.permissions, folder_error);
    if (!folder) {
        result.diagnostics.push_back({loaded.display_name, 0, 0, Severity::Error, "", folder_error,
                                      "check the output folder"});
        return result;
    }
    // After the first failed write the build is abandoned: say so once, write nothing more.
    bool write_failed = false;
    std::vector<std::filesystem::path> written;
    auto write = [&](const std::string& file, const std::string& bytes) {
        if (write_failed) return false;
        if (auto error = folder->write(file, bytes)) {
            write_failed = true;
            result.diagnostics.push_back({loaded.display_name, 0, 0, Severity::Error, "", *error,
                                          "check that the output folder is writable"});
            return false;
        }
        written.push_back(folder->final_path() / file);
        return true;
    };

    for (auto& doc : documents.documents) {
        if (stop_requested()) {
            result.interrupted = true;
            return result;  // the staging folder goes with `folder`
        }
        doc.model.metadata.title = document_title(doc.name, loaded);
        doc.model.metadata.author = author;
        doc.model.metadata.subject = doc.name == "consistency"
                                         ? "Attorney work product, not for filing"
                                         : "Draft for attorney review";
        if (doc.docx_model) doc.docx_model->metadata = doc.model.metadata;
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
            // The same profile as the PDF: its page, type and spacing in Word's units.
            const profile::CourtProfile& court = is_brief ? brief_profile : plain_profile;
            docx::DocxOptions options;
            options.page = docx::page_layout(court);
            options.text = docx::text_defaults(court);
            options.reference_docx = settings.reference_docx;
            if (settings.creation_epoch) options.creation_time = settings.creation_epoch;
            auto docx = docx::write_docx(doc.docx_model ? *doc.docx_model : doc.model, options);
            // A reference .docx gives each document the same warnings: say them once.
            for (auto& problem : docx.diagnostics) {
                const bool said = std::any_of(
                    result.diagnostics.begin(), result.diagnostics.end(), [&](const auto& earlier) {
                        return earlier.file == problem.file && earlier.message == problem.message;
                    });
                if (!said) result.diagnostics.push_back(std::move(problem));
            }
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
                    for (const auto& check : check_against_profile(doc.model, brief_profile,
                                                                   rendered.stats.heading_pages,
                                                                   rendered.stats.pages)) {
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
    if (packet_plan) {
        if (stop_requested()) {
            result.interrupted = true;
            return result;
        }
        auto packet = assemble_exhibit_packet(*packet_plan, loaded, result.diagnostics);
        json entry = {{"files", json::array()},
                      {"pages", packet_plan->map.total_pages},
                      {"exhibits", json::array()},
                      {"checks", json::array()}};
        for (const auto& placement : packet_plan->map.exhibits) {
            entry["exhibits"].push_back({{"id", placement.exhibit.id},
                                         {"tab", placement.exhibit.tab},
                                         {"tab_page", placement.tab_page},
                                         {"first_page", placement.first_page},
                                         {"last_page", placement.last_page}});
        }
        for (std::size_t i = 0; i < packet.parts.size(); ++i) {
            std::string name = packet.parts.size() == 1
                                   ? std::string("exhibits.pdf")
                                   : "exhibits_Part" + std::to_string(i + 1) + ".pdf";
            if (write(name, packet.parts[i].bytes)) entry["files"].push_back(name);
            // Re-opened from the bytes written: the packet as the court will receive it.
            auto check = packet::check_packet_part(packet.parts[i], packet_plan->map,
                                                   packet_plan->stamp, packet_plan->max_part_bytes);
            entry["checks"].push_back({{"file", name},
                                       {"ok", check.ok},
                                       {"pages", check.pages},
                                       {"stamped_pages", check.stamped_pages},
                                       {"bookmarks", check.bookmarks},
                                       {"encrypted", check.encrypted},
                                       {"bytes", check.bytes},
                                       {"problems", check.problems}});
            for (const auto& problem : check.problems) {
                result.diagnostics.push_back({loaded.display_name, 0, 0, Severity::Error, "",
                                              name + ": " + problem,
                                              "report this as a bug in amparo"});
            }
        }
        report["packet"] = entry;
    }
    if (!documents.prior_statements.empty())
        report["prior_statements"] = documents.prior_statements;
    report["warnings"] = provenance.load_warnings + count_warnings(result.diagnostics);
    if (!provenance.inputs.is_null()) report["inputs"] = provenance.inputs;
    write("report.json", report.dump(2) + "\n");
    // A build with an error keeps the previous one: never a folder with some documents missing.
    if (has_errors(result.diagnostics)) return result;
    if (stop_requested()) {
        result.interrupted = true;
        return result;
    }
    result.written = std::move(written);
    result.report = std::move(report);
    result.staged.emplace(std::move(*folder));
    return result;
}

}  // namespace amparo::pipeline

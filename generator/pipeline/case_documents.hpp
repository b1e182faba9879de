// Rendering a case's documents: the declaration first (its paragraph numbers are what the brief
// cites), then the exhibit index and the brief; each parsed into the document model.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "casefile/case_loader.hpp"
#include "document/model.hpp"
#include "profile/court_profile.hpp"
#include "render/authority_registry.hpp"
#include "render/template_set.hpp"

namespace amparo::pipeline {

struct CaseDocument {
    std::string name;      // "declaration", "exhibit-index", "brief"
    std::string markdown;  // the .md output, written from the model
    document::Document model;
    // The brief as the DOCX prints it when its text names the typeface (the certificate of
    // compliance: Word sets it in Times New Roman, the PDF in Liberation Serif); else `model`.
    std::optional<document::Document> docx_model;
    std::vector<std::string> placeholders;
};

struct CaseDocuments {
    // declaration, exhibit-index, brief, and the consistency memo when the case has prior
    // statements
    std::vector<CaseDocument> documents;
    Diagnostics problems;
    // report.json's `prior_statements`: each statement's differences with the declaration
    // (render/consistency_context.hpp); empty without prior statements.
    nlohmann::json prior_statements = nlohmann::json::array();
};

// The three documents, in that order, then the attorney's consistency memo (not for filing)
// when the case has prior statements. `exhibit_pages` gives the page counts read from exhibit
// PDFs (exhibit id -> pages); `packet_pages` where each exhibit lies in the assembled packet
// (exhibit id -> "14–15"), from the packet's page map, when the packet is built.
// With a `brief_profile` that sets a word limit (FRAP 32), the brief is rendered again with its
// counted words, the profile's font size and each output's typeface in the context
// (`brief_word_count`, `brief_font_size`, `brief_typeface`) for the certificate of compliance.
CaseDocuments render_case_documents(const LoadedCase& loaded, const render::TemplateSet& templates,
                                    const render::AuthorityRegistry& registry,
                                    const std::map<std::string, int>& exhibit_pages,
                                    const profile::CourtProfile* brief_profile = nullptr,
                                    const std::map<std::string, std::string>& packet_pages = {});

// One named template, rendered as the build would render it (the declaration is rendered first
// when the template needs its paragraph numbers): for `amparo render`.
std::string render_one_template(const LoadedCase& loaded, const render::TemplateSet& templates,
                                const render::AuthorityRegistry& registry,
                                const std::string& template_name, Diagnostics& problems);

}  // namespace amparo::pipeline

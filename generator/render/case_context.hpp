// The template context: the validated case plus the computed fields the prose needs. Every
// computed field is declared in schemas/context.schema.json, which lint-templates reads.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "casefile/case_view.hpp"

namespace amparo::render {

struct ContextInputs {
    // Page counts of exhibits that have a PDF file, read by the caller (exhibit id -> pages).
    std::map<std::string, int> exhibit_pages;
    // Declaration paragraph numbers of each incident (incident id -> numbers), known once the
    // declaration has been rendered; empty on the first pass.
    std::map<std::string, std::vector<int>> declaration_paragraphs;
    // Where each exhibit's pages fall in the assembled packet ("14–15"), from the packet's page
    // map; when known, citations read "Ex. C at 14–15" and the index shows the range.
    std::map<std::string, std::string> exhibit_packet_pages;
};

// Builds the context from the validated case and its typed view (the loader's LoadedCase holds
// both). Incidents and events come out sorted by date (stable for equal dates).
nlohmann::json build_case_context(const nlohmann::json& validated_case, const CaseView& view,
                                  const ContextInputs& inputs);

// Splits text at blank lines into [{text}], one paragraph of the declaration per item.
nlohmann::json paragraphs_of(const std::string& text);

// "Decl. ¶ 12", "Decl. ¶¶ 12-14", "Decl. ¶¶ 3, 7-9".
std::string declaration_cite(const std::vector<int>& paragraphs);

// "Ex. C", "Exs. C, F".
std::string exhibit_cite(const std::vector<std::string>& tabs);

// The citation of the exhibits with these ids, from `tabs` (exhibit id -> cite); an id without
// a tab is left out.
std::string exhibits_cite(const std::vector<std::string>& ids,
                          const std::map<std::string, std::string>& tabs);

}  // namespace amparo::render

// Built as blocks of the model directly: these pages hold no prose a template author would
// change, only the case's names and the page map's numbers.
#include "pipeline/packet_pages.hpp"

#include "render/legal_text.hpp"

namespace amparo::pipeline {

namespace {

using document::Align;
using document::Block;
using document::BlockKind;
using document::Inline;
using document::InlineKind;

Inline text(const std::string& value) { return {InlineKind::Text, value, "", {}}; }

// Drawn so a reviewer cannot miss it, as the templates' [[TO COMPLETE: ...]].
Inline placeholder(const std::string& missing) {
    return {InlineKind::Placeholder, missing, "", {}};
}

Block paragraph(std::vector<Inline> inlines, Align align = Align::Left) {
    Block block;
    block.kind = BlockKind::Paragraph;
    block.align = align;
    block.inlines = std::move(inlines);
    return block;
}

Block paragraph(const std::string& value, Align align = Align::Left, bool strong = false) {
    if (!strong) return paragraph({text(value)}, align);
    return paragraph({Inline{InlineKind::Strong, "", "", {text(value)}}}, align);
}

Block heading(const std::string& title, const std::string& anchor) {
    Block block;
    block.kind = BlockKind::Heading;
    block.level = 1;
    block.anchor = anchor;
    block.inlines.push_back(text(title));
    return block;
}

Block page_break() {
    Block block;
    block.kind = BlockKind::PageBreak;
    return block;
}

// "Signature: ____", then one line per entry, for the signer to complete by hand.
Block signature(std::vector<std::vector<Inline>> lines) {
    Block block;
    block.kind = BlockKind::SignatureBlock;
    block.lines.push_back({text("Signature: ______________________________")});
    for (auto& line : lines) block.lines.push_back(std::move(line));
    block.lines.push_back({text("Date: ______________________________")});
    return block;
}

document::TableCell cell(const std::string& value) { return {{text(value)}}; }

std::string applicant_name(const LoadedCase& loaded) {
    const auto& name = loaded.data["applicant"]["name"];
    return name.value("given", std::string()) + " " + name.value("family", std::string());
}

// `label` followed by `object`'s text at `key`, or a placeholder naming what is missing.
std::vector<Inline> labelled(const std::string& label, const nlohmann::json& object,
                             const char* key, const std::string& missing) {
    std::string value = object.is_object() ? object.value(key, std::string()) : std::string();
    if (value.empty()) return {text(label), placeholder(missing)};
    return {text(label + value)};
}

}  // namespace

document::Document packet_front_matter(const LoadedCase& loaded, const packet::PageMap& map) {
    document::Document doc;
    doc.metadata.title = "Exhibits — " + applicant_name(loaded);
    Block cover;
    cover.kind = BlockKind::CoverPage;
    cover.children.push_back(
        paragraph("EXHIBITS IN SUPPORT OF THE APPLICATION OF", Align::Center, true));
    cover.children.push_back(paragraph(applicant_name(loaded), Align::Center, true));
    cover.children.push_back(paragraph(std::to_string(map.exhibits.size()) + " exhibits, " +
                                           std::to_string(map.total_pages) +
                                           " consecutively numbered pages",
                                       Align::Center));
    doc.blocks.push_back(cover);
    doc.blocks.push_back(heading("Index of Exhibits", "index-of-exhibits"));
    Block table;
    table.kind = BlockKind::Table;
    table.table.column_align = {Align::Center, Align::Left, Align::Right};
    table.table.header = {cell("Tab"), cell("Description"), cell("Pages")};
    for (const auto& placement : map.exhibits) {
        table.table.rows.push_back({cell(placement.exhibit.tab), cell(placement.exhibit.title),
                                    cell(packet::page_range_text(placement))});
    }
    if (map.closing_pages > 0) {
        table.table.rows.push_back({cell(""), cell("Certificate of Service"),
                                    cell(std::to_string(map.total_pages - map.closing_pages + 1))});
    }
    doc.blocks.push_back(table);
    return doc;
}

document::Document packet_tab_pages(const packet::PageMap& map) {
    document::Document doc;
    doc.metadata.title = "Exhibit tabs";
    for (std::size_t i = 0; i < map.exhibits.size(); ++i) {
        if (i > 0) doc.blocks.push_back(page_break());
        const auto& exhibit = map.exhibits[i].exhibit;
        for (int gap = 0; gap < 6; ++gap) doc.blocks.push_back(paragraph(" ", Align::Center));
        doc.blocks.push_back(paragraph("Exhibit " + exhibit.tab, Align::Center, true));
        doc.blocks.push_back(paragraph(exhibit.title, Align::Center));
    }
    return doc;
}

document::Document translator_certificates(const LoadedCase& loaded, const packet::PageMap& map,
                                           Diagnostics& problems) {
    document::Document doc;
    doc.metadata.title = "Certificates of translation";
    const auto exhibits = loaded.data.value("exhibits", nlohmann::json::array());
    const auto translator = loaded.data.value("translator", nlohmann::json::object());
    for (const auto& placement : map.exhibits) {
        if (placement.exhibit.translation_pages == 0) continue;
        nlohmann::json exhibit;
        std::string pointer, path;
        for (std::size_t i = 0; i < exhibits.size(); ++i) {
            if (exhibits[i].value("id", std::string()) != placement.exhibit.id) continue;
            exhibit = exhibits[i];
            pointer = "/exhibits/" + std::to_string(i) + "/translation";
            path = "exhibits[" + std::to_string(i) + "].translation";
        }
        const auto translation = exhibit.value("translation", nlohmann::json::object());
        const std::string name = translation.value("translator", std::string());
        // The case's `translator:` gives the address and telephone of the one it names.
        const auto contact =
            translator.value("name", std::string()) == name ? translator : nlohmann::json::object();
        std::string language = exhibit.value("language", contact.value("language", std::string()));
        if (!doc.blocks.empty()) doc.blocks.push_back(page_break());
        doc.blocks.push_back(heading("Certificate of Translation",
                                     "certificate-of-translation-" + placement.exhibit.id));
        std::vector<Inline> statement = {text("I, " + name +
                                              ", certify that I am competent to "
                                              "translate from ")};
        statement.push_back(language.empty() ? placeholder("language of the original")
                                             : text(language));
        statement.push_back(text(" into English, and that the English translation of " +
                                 placement.exhibit.title + " (Exhibit " + placement.exhibit.tab +
                                 ") is true and accurate to the best of my abilities."));
        doc.blocks.push_back(paragraph(std::move(statement)));
        doc.blocks.push_back(
            signature({{text("Name: " + name)},
                       labelled("Address: ", contact, "address", "translator's address"),
                       labelled("Telephone: ", contact, "phone", "translator's telephone")}));
        if (!contact.contains("address") || !contact.contains("phone") || language.empty()) {
            SourcePos pos = loaded.positions.value_pos(pointer);
            problems.push_back(
                {loaded.display_name, pos.line, pos.column, Severity::Warning, path,
                 "the translator's certificate of exhibit " + placement.exhibit.id +
                     " lacks the translator's " +
                     (language.empty() ? "language" : "address or telephone") +
                     " (ICPM 3.3(a) asks for both)",
                 "add `translator: {name: " + name +
                     ", language: ..., address: ..., phone: ...}` to the case file"});
        }
    }
    return doc;
}

bool packet_served_on_dhs(const LoadedCase& loaded) {
    return loaded.data.value(nlohmann::json::json_pointer("/case/posture"), std::string()) !=
           "affirmative";
}

document::Document packet_certificate_of_service(const LoadedCase& loaded) {
    document::Document doc;
    doc.metadata.title = "Certificate of Service";
    const auto service = loaded.data.value("dhs_service", nlohmann::json::object());
    doc.blocks.push_back(heading("Certificate of Service", "certificate-of-service"));
    std::vector<Inline> statement = {
        text("I certify that on ________________ I served a copy of these exhibits on the "
             "Department of Homeland Security, ")};
    statement.push_back(service.contains("office") ? text(service["office"].get<std::string>())
                                                   : placeholder("DHS office served"));
    // Address lines run on after commas, as in the brief's certificate.
    std::string lines = service.value("address", std::string()) + "\n";
    for (std::size_t start = 0, end; (end = lines.find('\n', start)) != std::string::npos;
         start = end + 1) {
        std::string line = lines.substr(start, end - start);
        if (line.find_first_not_of(" \t") != std::string::npos)
            statement.push_back(text(", " + line));
    }
    statement.push_back(text(", by "));
    statement.push_back(service.contains("method")
                            ? text(render::service_method_text(service["method"]))
                            : placeholder("method of service"));
    statement.push_back(text("."));
    doc.blocks.push_back(paragraph(std::move(statement)));
    const auto representative = loaded.data.value("representative", nlohmann::json::object());
    doc.blocks.push_back(
        signature({labelled("Name: ", representative, "name", "name of the person serving")}));
    return doc;
}

}  // namespace amparo::pipeline

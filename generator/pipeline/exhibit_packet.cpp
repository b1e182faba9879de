// Front matter and tab pages are documents of the model, so they share the fonts and layout of
// every other amparo document; qpdf then reads them back for the merge.
#include "pipeline/exhibit_packet.hpp"

#include "pdf/pdf_writer.hpp"
#include "render/legal_text.hpp"

namespace amparo::pipeline {

namespace {

using document::Align;
using document::Block;
using document::BlockKind;
using document::Inline;
using document::InlineKind;

Block paragraph(const std::string& text, Align align = Align::Left, bool strong = false) {
    Block block;
    block.kind = BlockKind::Paragraph;
    block.align = align;
    Inline run{InlineKind::Text, text, "", {}};
    if (strong) {
        block.inlines.push_back({InlineKind::Strong, "", "", {run}});
    } else {
        block.inlines.push_back(run);
    }
    return block;
}

document::TableCell cell(const std::string& text) {
    return {{Inline{InlineKind::Text, text, "", {}}}};
}

std::string applicant_name(const LoadedCase& loaded) {
    const auto& name = loaded.data["applicant"]["name"];
    return name.value("given", std::string()) + " " + name.value("family", std::string());
}

// The cover and the index of exhibits, with the ranges of `map`.
document::Document front_matter(const LoadedCase& loaded, const packet::PageMap& map) {
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
    Block heading;
    heading.kind = BlockKind::Heading;
    heading.level = 1;
    heading.anchor = "index-of-exhibits";
    heading.inlines.push_back({InlineKind::Text, "Index of Exhibits", "", {}});
    doc.blocks.push_back(heading);
    Block table;
    table.kind = BlockKind::Table;
    table.table.column_align = {Align::Center, Align::Left, Align::Right};
    table.table.header = {cell("Tab"), cell("Description"), cell("Pages")};
    for (const auto& placement : map.exhibits) {
        table.table.rows.push_back({cell(placement.exhibit.tab), cell(placement.exhibit.title),
                                    cell(packet::page_range_text(placement))});
    }
    doc.blocks.push_back(table);
    return doc;
}

// One page per exhibit: its letter and title, for the reader leafing through the packet.
document::Document tab_pages(const packet::PageMap& map) {
    document::Document doc;
    doc.metadata.title = "Exhibit tabs";
    for (std::size_t i = 0; i < map.exhibits.size(); ++i) {
        if (i > 0) {
            Block page_break;
            page_break.kind = BlockKind::PageBreak;
            doc.blocks.push_back(page_break);
        }
        const auto& exhibit = map.exhibits[i].exhibit;
        for (int gap = 0; gap < 6; ++gap) doc.blocks.push_back(paragraph(" ", Align::Center));
        doc.blocks.push_back(paragraph("Exhibit " + exhibit.tab, Align::Center, true));
        doc.blocks.push_back(paragraph(exhibit.title, Align::Center));
    }
    return doc;
}

pdf::LayoutProfile packet_profile() {
    pdf::LayoutProfile profile = pdf::default_profile();
    profile.number_pages = false;  // the packet stamps its own consecutive numbers
    profile.page_limit = 0;
    profile.word_limit = 0;
    profile.body_line_spacing = 1.5;
    return profile;
}

Diagnostic at_exhibit_file(const LoadedCase& loaded, Diagnostic problem) {
    const auto exhibits = loaded.data.value("exhibits", nlohmann::json::array());
    for (std::size_t i = 0; i < exhibits.size(); ++i) {
        if (exhibits[i].value("id", std::string()) != problem.path) continue;
        const std::string pointer = "/exhibits/" + std::to_string(i) + "/file";
        SourcePos pos = loaded.positions.value_pos(pointer);
        problem.line = pos.line;
        problem.column = pos.column;
        problem.path = "exhibits[" + std::to_string(i) + "].file";
    }
    problem.file = loaded.display_name;
    return problem;
}

}  // namespace

std::vector<packet::PacketExhibit> packet_exhibits(
    const LoadedCase& loaded, const std::map<std::string, int>& exhibit_pages) {
    std::vector<packet::PacketExhibit> out;
    const auto exhibits = loaded.data.value("exhibits", nlohmann::json::array());
    for (std::size_t i = 0; i < exhibits.size(); ++i) {
        const auto& exhibit = exhibits[i];
        std::string id = exhibit.value("id", std::string());
        auto pages = exhibit_pages.find(id);
        if (!exhibit.contains("file") || pages == exhibit_pages.end()) continue;
        // The same tab the index and the citations use (render/case_context.cpp).
        std::string tab = exhibit.value("tab", render::tab_letters(static_cast<int>(i)));
        out.push_back({id, tab, exhibit.value("title", std::string()), pages->second});
    }
    return out;
}

std::optional<ExhibitPacketPlan> plan_exhibit_packet(
    const LoadedCase& loaded, const std::map<std::string, int>& exhibit_pages,
    const pdf::FontSet& fonts, std::int64_t creation_epoch, Diagnostics& problems) {
    auto exhibits = packet_exhibits(loaded, exhibit_pages);
    if (exhibits.empty()) return std::nullopt;
    ExhibitPacketPlan plan;
    const auto profile = packet_profile();
    // The index prints ranges that depend on its own length: lay it out until the length it
    // assumed is the length it has (two passes in practice; digits rarely add a page).
    int front_pages = 2;
    bool stable = false;
    for (int pass = 0; pass < 6 && !stable; ++pass) {
        plan.map = packet::compute_page_map(front_pages, exhibits);
        auto rendered =
            pdf::write_pdf(front_matter(loaded, plan.map), profile, fonts, creation_epoch);
        if (rendered.bytes.empty()) break;
        stable = rendered.stats.pages == front_pages;
        front_pages = rendered.stats.pages;
        plan.front_matter_pdf = std::move(rendered.bytes);
    }
    auto tabs = pdf::write_pdf(tab_pages(plan.map), profile, fonts, creation_epoch);
    if (!stable || tabs.stats.pages != static_cast<int>(exhibits.size())) {
        problems.push_back({loaded.display_name, 0, 0, Severity::Error, "",
                            "the exhibit packet's index or tab pages could not be laid out",
                            "shorten the exhibit titles"});
        return std::nullopt;
    }
    plan.tab_pages_pdf = std::move(tabs.bytes);
    for (const auto& exhibit : loaded.data.value("exhibits", nlohmann::json::array())) {
        if (exhibit.contains("file") && exhibit_pages.count(exhibit.value("id", std::string()))) {
            plan.files.push_back(loaded.folder / exhibit["file"].get<std::string>());
        }
    }
    plan.stamp.bates_prefix =
        loaded.data.value(nlohmann::json::json_pointer("/packet/bates_prefix"), std::string());
    return plan;
}

std::map<std::string, std::string> packet_page_texts(const packet::PageMap& map) {
    std::map<std::string, std::string> out;
    for (const auto& placement : map.exhibits) {
        out[placement.exhibit.id] = packet::page_range_text(placement);
    }
    return out;
}

packet::PacketResult assemble_exhibit_packet(const ExhibitPacketPlan& plan,
                                             const LoadedCase& loaded, Diagnostics& problems) {
    packet::PacketInputs inputs;
    inputs.map = plan.map;
    inputs.front_matter_pdf = plan.front_matter_pdf;
    inputs.tab_pages_pdf = plan.tab_pages_pdf;
    inputs.exhibit_files = plan.files;
    inputs.stamp = plan.stamp;
    inputs.max_part_bytes = plan.max_part_bytes;
    auto result = packet::assemble_packet(inputs);
    for (auto& problem : result.diagnostics) {
        problems.push_back(at_exhibit_file(loaded, std::move(problem)));
    }
    result.diagnostics.clear();
    return result;
}

}  // namespace amparo::pipeline

// Amparo's own pages are laid out by its PDF writer (pipeline/packet_pages.hpp); qpdf then reads
// them back for the merge.
#include "pipeline/exhibit_packet.hpp"

#include "pdf/pdf_writer.hpp"
#include "pipeline/packet_pages.hpp"
#include "render/legal_text.hpp"

namespace amparo::pipeline {

namespace {

profile::CourtProfile packet_profile() {
    profile::CourtProfile profile = amparo::profile::default_profile();
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

// `doc` as PDF bytes, or nullopt when it does not come out at `pages` pages.
std::optional<std::string> laid_out(const document::Document& doc, int pages,
                                    const pdf::FontSet& fonts, std::int64_t creation_epoch) {
    auto rendered = pdf::write_pdf(doc, packet_profile(), fonts, creation_epoch);
    if (rendered.bytes.empty() || rendered.stats.pages != pages) return std::nullopt;
    return std::move(rendered.bytes);
}

}  // namespace

std::vector<packet::PacketExhibit> packet_exhibits(const CheckedCase& checked) {
    std::vector<packet::PacketExhibit> out;
    const auto exhibits = checked.loaded.data.value("exhibits", nlohmann::json::array());
    for (std::size_t i = 0; i < exhibits.size(); ++i) {
        const auto& exhibit = exhibits[i];
        std::string id = exhibit.value("id", std::string());
        auto pages = checked.exhibit_pages.find(id);
        if (!exhibit.contains("file") || pages == checked.exhibit_pages.end()) continue;
        // The same tab the index and the citations use (render/case_context.cpp).
        std::string tab = exhibit.value("tab", render::tab_letters(static_cast<int>(i)));
        packet::PacketExhibit entry{id, tab, exhibit.value("title", std::string()), pages->second};
        if (auto translation = checked.translation_pages.find(id);
            translation != checked.translation_pages.end()) {
            entry.translation_pages = translation->second;
            entry.certificate_pages = 1;
        }
        out.push_back(entry);
    }
    return out;
}

std::optional<ExhibitPacketPlan> plan_exhibit_packet(const CheckedCase& checked,
                                                     const pdf::FontSet& fonts,
                                                     std::int64_t creation_epoch,
                                                     Diagnostics& problems) {
    const LoadedCase& loaded = checked.loaded;
    auto exhibits = packet_exhibits(checked);
    if (exhibits.empty()) return std::nullopt;
    ExhibitPacketPlan plan;
    auto fail = [&](const std::string& what) {
        problems.push_back({loaded.display_name, 0, 0, Severity::Error, "",
                            "the exhibit packet's " + what + " could not be laid out",
                            "shorten the exhibit titles"});
        return std::nullopt;
    };
    int closing_pages = 0;
    if (packet_served_on_dhs(loaded)) {
        auto rendered = pdf::write_pdf(packet_certificate_of_service(loaded), packet_profile(),
                                       fonts, creation_epoch);
        closing_pages = rendered.stats.pages;
        plan.closing_pdf = std::move(rendered.bytes);
        if (plan.closing_pdf.empty()) return fail("certificate of service");
    }
    // The index prints ranges that depend on its own length: lay it out until the length it
    // assumed is the length it has (two passes in practice; digits rarely add a page).
    int front_pages = 2;
    bool stable = false;
    for (int pass = 0; pass < 6 && !stable; ++pass) {
        plan.map = packet::compute_page_map(front_pages, exhibits, closing_pages);
        auto rendered = pdf::write_pdf(packet_front_matter(loaded, plan.map), packet_profile(),
                                       fonts, creation_epoch);
        if (rendered.bytes.empty()) break;
        stable = rendered.stats.pages == front_pages;
        front_pages = rendered.stats.pages;
        plan.front_matter_pdf = std::move(rendered.bytes);
    }
    if (!stable) return fail("index");
    auto tabs = laid_out(packet_tab_pages(plan.map), static_cast<int>(exhibits.size()), fonts,
                         creation_epoch);
    if (!tabs) return fail("tab pages");
    plan.tab_pages_pdf = std::move(*tabs);
    int translated = 0;
    for (const auto& exhibit : exhibits) translated += exhibit.certificate_pages;
    if (translated > 0) {
        auto certificates = laid_out(translator_certificates(loaded, plan.map, problems),
                                     translated, fonts, creation_epoch);
        if (!certificates) return fail("translators' certificates");
        plan.certificates_pdf = std::move(*certificates);
    }
    for (const auto& exhibit : loaded.data.value("exhibits", nlohmann::json::array())) {
        const std::string id = exhibit.value("id", std::string());
        if (!exhibit.contains("file") || !checked.exhibit_pages.count(id)) continue;
        plan.files.push_back(loaded.folder / exhibit["file"].get<std::string>());
        plan.translation_files.push_back(checked.translation_pages.count(id)
                                             ? loaded.folder /
                                                   exhibit["translation"]["file"].get<std::string>()
                                             : std::filesystem::path());
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
    inputs.translation_files = plan.translation_files;
    inputs.certificates_pdf = plan.certificates_pdf;
    inputs.closing_pdf = plan.closing_pdf;
    inputs.stamp = plan.stamp;
    inputs.fit_to_letter = plan.fit_to_letter;
    inputs.max_part_bytes = plan.max_part_bytes;
    auto result = packet::assemble_packet(inputs);
    for (auto& problem : result.diagnostics) {
        problems.push_back(at_exhibit_file(loaded, std::move(problem)));
    }
    result.diagnostics.clear();
    return result;
}

}  // namespace amparo::pipeline

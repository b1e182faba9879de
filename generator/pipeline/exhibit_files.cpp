// The exhibit files are untrusted: packet::read_exhibit_pdf turns every failure into a reason.
#include "pipeline/exhibit_files.hpp"

#include "packet/exhibit_pdf.hpp"

namespace amparo::pipeline {

std::map<std::string, int> read_exhibit_files(const LoadedCase& loaded, Diagnostics& problems) {
    std::map<std::string, int> pages;
    const auto exhibits = loaded.data.value("exhibits", nlohmann::json::array());
    for (std::size_t i = 0; i < exhibits.size(); ++i) {
        if (!exhibits[i].contains("file")) continue;
        const std::string id = exhibits[i]["id"].get<std::string>();
        std::string error;
        auto facts =
            packet::read_exhibit_pdf(loaded.folder / exhibits[i]["file"].get<std::string>(), error);
        if (facts) {
            pages[id] = facts->pages;
            continue;
        }
        const std::string pointer = "/exhibits/" + std::to_string(i) + "/file";
        SourcePos pos = loaded.positions.value_pos(pointer);
        problems.push_back({loaded.display_name, pos.line, pos.column, Severity::Error,
                            "exhibits[" + std::to_string(i) + "].file",
                            "the file of exhibit " + id + " is " + error,
                            "replace it with the PDF as scanned or exported"});
    }
    return pages;
}

}  // namespace amparo::pipeline

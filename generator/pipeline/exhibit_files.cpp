// The exhibit files are untrusted: packet::read_exhibit_pdf turns every failure into a reason.
#include "pipeline/exhibit_files.hpp"

#include <algorithm>

#include "packet/exhibit_pdf.hpp"

namespace amparo::pipeline {

namespace {

// Reads the file named at `field` ("file", "translation/file") of exhibit `index` into `pages`,
// or reports why it cannot be used, at that field's line.
void read_file_at(const LoadedCase& loaded, std::size_t index, const std::string& field,
                  const std::string& what, std::map<std::string, int>& pages,
                  Diagnostics& problems) {
    const std::string pointer = "/exhibits/" + std::to_string(index) + "/" + field;
    const auto file = loaded.data[nlohmann::json::json_pointer(pointer)].get<std::string>();
    std::string error;
    if (auto facts = packet::read_exhibit_pdf(loaded.folder / file, error)) {
        pages[loaded.data["exhibits"][index]["id"].get<std::string>()] = facts->pages;
        return;
    }
    SourcePos pos = loaded.positions.value_pos(pointer);
    std::string path = "exhibits[" + std::to_string(index) + "]." + field;
    std::replace(path.begin(), path.end(), '/', '.');
    problems.push_back({loaded.display_name, pos.line, pos.column, Severity::Error, path,
                        "the file of " + what + " is " + error,
                        "replace it with the PDF as scanned or exported"});
}

}  // namespace

ExhibitFilePages read_exhibit_files(const LoadedCase& loaded, Diagnostics& problems) {
    ExhibitFilePages pages;
    const auto exhibits = loaded.data.value("exhibits", nlohmann::json::array());
    for (std::size_t i = 0; i < exhibits.size(); ++i) {
        const std::string id = exhibits[i]["id"].get<std::string>();
        if (exhibits[i].contains("file")) {
            read_file_at(loaded, i, "file", "exhibit " + id, pages.exhibits, problems);
        }
        if (exhibits[i].contains("translation") && exhibits[i]["translation"].contains("file")) {
            read_file_at(loaded, i, "translation/file", "the translation of exhibit " + id,
                         pages.translations, problems);
        }
    }
    return pages;
}

}  // namespace amparo::pipeline

// Each question goes to the tool users would use to ask it.
#include "packet/packet_reader.hpp"

#include <optional>

#include <nlohmann/json.hpp>
#include <qpdf/QPDF.hh>

#include "support/run_command.hpp"

namespace amparo::testing {

std::string page_text(const std::filesystem::path& pdf, int page) {
    auto result = run_command({"pdftotext", "-layout", "-f", std::to_string(page), "-l",
                               std::to_string(page), pdf.string(), "-"});
    return result.out;
}

int pdfinfo_pages(const std::filesystem::path& pdf) {
    auto result = run_command({"pdfinfo", pdf.string()});
    auto at = result.out.find("Pages:");
    if (at == std::string::npos) return -1;
    return std::stoi(result.out.substr(at + 6));
}

bool qpdf_check(const std::filesystem::path& pdf, std::string& output) {
    auto result = run_command({"qpdf", "--check", pdf.string()});
    output = result.out + result.err;
    return result.exit_code == 0;
}

namespace {

std::vector<OutlineEntry> entries_of(const nlohmann::json& items) {
    std::vector<OutlineEntry> entries;
    for (const auto& item : items) {
        entries.push_back(
            {item.value("title", std::string()),
             item["destpageposfrom1"].is_number() ? item["destpageposfrom1"].get<int>() : 0,
             entries_of(item.value("kids", nlohmann::json::array()))});
    }
    return entries;
}

// Per page of `pdf`, what `read(annotation, pages)` makes of each of its annotations, when it
// makes something of it (an optional).
template <typename Read>
auto per_page(const std::filesystem::path& pdf, Read read) {
    QPDF file;
    file.processFile(pdf.c_str());
    auto pages = file.getAllPages();
    std::vector<std::vector<typename decltype(read(pages[0], pages))::value_type>> found(
        pages.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        auto annots = pages[i].getKey("/Annots");
        if (!annots.isArray()) continue;
        for (auto& annotation : annots.aitems()) {
            if (auto value = read(annotation, pages)) found[i].push_back(*value);
        }
    }
    return found;
}

}  // namespace

std::vector<std::vector<int>> link_targets(const std::filesystem::path& pdf) {
    return per_page(pdf,
                    [](QPDFObjectHandle annotation,
                       const std::vector<QPDFObjectHandle>& pages) -> std::optional<int> {
                        if (!annotation.getKey("/Subtype").isNameAndEquals("/Link"))
                            return std::nullopt;
                        auto destination = annotation.getKey("/Dest");
                        if (!destination.isArray()) return 0;
                        auto target = destination.getArrayItem(0).getObjGen();
                        for (std::size_t i = 0; i < pages.size(); ++i) {
                            if (pages[i].getObjGen() == target) return static_cast<int>(i) + 1;
                        }
                        return 0;
                    });
}

std::vector<std::vector<std::string>> annotation_subtypes(const std::filesystem::path& pdf) {
    return per_page(pdf, [](QPDFObjectHandle annotation, const std::vector<QPDFObjectHandle>&) {
        auto subtype = annotation.getKey("/Subtype");
        return std::optional<std::string>(subtype.isName() ? subtype.getName() : "");
    });
}

std::vector<OutlineEntry> outline(const std::filesystem::path& pdf) {
    auto result = run_command({"qpdf", "--json=2", "--json-key=outlines", pdf.string()});
    auto json = nlohmann::json::parse(result.out, nullptr, false);
    if (json.is_discarded()) return {};
    return entries_of(json.value("outlines", nlohmann::json::array()));
}

}  // namespace amparo::testing

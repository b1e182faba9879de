// Each question goes to the tool users would use to ask it.
#include "packet/packet_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>

#include <nlohmann/json.hpp>
#include <qpdf/QPDF.hh>

#include "support/run_command.hpp"

namespace amparo::testing {

std::string page_text(const std::filesystem::path& pdf, int page) {
    auto result = run_command({"pdftotext", "-layout", "-f", std::to_string(page), "-l",
                               std::to_string(page), pdf.string(), "-"});
    return result.out;
}

namespace {

// The number after `name="` in `tag`.
double attribute(const std::string& tag, const std::string& name) {
    auto at = tag.find(name + "=\"");
    return at == std::string::npos ? 0 : std::stod(tag.substr(at + name.size() + 2));
}

}  // namespace

std::vector<PageWords> placed_words(const std::filesystem::path& pdf) {
    auto html = run_command({"pdftotext", "-bbox", "-cropbox", pdf.string(), "-"}).out;
    std::vector<PageWords> pages;
    for (auto tag = html.find('<'); tag != std::string::npos; tag = html.find('<', tag + 1)) {
        auto end = html.find('>', tag);
        if (end == std::string::npos) break;
        std::string element = html.substr(tag, end - tag + 1);
        if (element.rfind("<page ", 0) == 0) {
            pages.push_back({attribute(element, "width"), attribute(element, "height"), {}});
        } else if (element.rfind("<word ", 0) == 0 && !pages.empty()) {
            auto close = html.find("</word>", end);
            pages.back().words.push_back({html.substr(end + 1, close - end - 1),
                                          attribute(element, "xMin"), attribute(element, "yMin"),
                                          attribute(element, "xMax"), attribute(element, "yMax")});
        }
    }
    // pdftotext gives the CropBox's size before the page's /Rotate and the words' boxes after it.
    auto info =
        run_command({"pdfinfo", "-f", "1", "-l", std::to_string(pages.size()), pdf.string()});
    std::istringstream lines(info.out);
    for (std::string line; std::getline(lines, line);) {
        int number = 0, rotation = 0;
        if (std::sscanf(line.c_str(), "Page %d rot: %d", &number, &rotation) == 2 && number >= 1 &&
            number <= static_cast<int>(pages.size()) && rotation % 180 != 0) {
            std::swap(pages[number - 1].width, pages[number - 1].height);
        }
    }
    return pages;
}

std::vector<GreyPage> grey_pages(const std::filesystem::path& pdf, int dpi,
                                 const std::filesystem::path& scratch) {
    std::filesystem::remove_all(scratch);
    std::filesystem::create_directories(scratch);
    run_command({"pdftoppm", "-gray", "-r", std::to_string(dpi), pdf.string(),
                 (scratch / "page").string()});
    // pdftoppm pads the page numbers in the names to one width, so they sort in page order.
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(scratch)) {
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<GreyPage> pages;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::string magic;
        int maximum = 0;
        GreyPage page;
        in >> magic >> page.width >> page.height >> maximum;
        in.get();  // the one whitespace byte before the pixels
        page.pixels.resize(static_cast<std::size_t>(page.width) * page.height);
        in.read(page.pixels.data(), static_cast<std::streamsize>(page.pixels.size()));
        pages.push_back(std::move(page));
    }
    return pages;
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

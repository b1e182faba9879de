// Each question goes to the tool users would use to ask it.
#include "packet/packet_reader.hpp"

#include <nlohmann/json.hpp>

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

}  // namespace

std::vector<OutlineEntry> outline(const std::filesystem::path& pdf) {
    auto result = run_command({"qpdf", "--json=2", "--json-key=outlines", pdf.string()});
    auto json = nlohmann::json::parse(result.out, nullptr, false);
    if (json.is_discarded()) return {};
    return entries_of(json.value("outlines", nlohmann::json::array()));
}

}  // namespace amparo::testing

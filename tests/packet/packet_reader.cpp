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

std::vector<OutlineEntry> outline(const std::filesystem::path& pdf) {
    auto result = run_command({"qpdf", "--json=2", "--json-key=outlines", pdf.string()});
    std::vector<OutlineEntry> entries;
    auto json = nlohmann::json::parse(result.out, nullptr, false);
    if (json.is_discarded()) return entries;
    for (const auto& item : json.value("outlines", nlohmann::json::array())) {
        entries.push_back({item.value("title", std::string()), item.value("destpageposfrom1", 0)});
    }
    return entries;
}

}  // namespace amparo::testing

// Exhibit packet assembly against qpdf's own merge of the same files, in the same run.
//
//   packet_bench            the 1,000-page / 40-exhibit comparison, then 250/1,000/4,000 pages
//   packet_bench --assemble DIR N   (internal) assembles DIR's N exhibits; measured as a child
//
// The exhibits are generated here: letter pages each carrying an opaque "scan" image stream
// (random bytes declared as JPEG: neither qpdf nor amparo decodes them), so sizes resemble
// scanned evidence without any download.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "packet/assemble_packet.hpp"
#include "packet/packet_parts.hpp"
#include "process_stats.hpp"

namespace fs = std::filesystem;
using namespace amparo;

namespace {

// `pages` letter pages, each drawing its own `image_bytes`-byte image.
std::string scan_pdf(int pages, std::size_t image_bytes, std::mt19937& random) {
    QPDF pdf;
    pdf.emptyPDF();
    QPDFPageDocumentHelper helper(pdf);
    for (int i = 0; i < pages; ++i) {
        std::string data(image_bytes, '\0');
        for (auto& byte : data) byte = static_cast<char>(random() & 0xff);
        auto image = QPDFObjectHandle::newStream(&pdf);
        image.replaceStreamData(data, QPDFObjectHandle::parse("/DCTDecode"),
                                QPDFObjectHandle::newNull());
        auto dict = image.getDict();
        dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
        dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
        dict.replaceKey("/Width", QPDFObjectHandle::newInteger(1700));
        dict.replaceKey("/Height", QPDFObjectHandle::newInteger(2200));
        dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceGray"));
        dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
        auto page = pdf.makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Page /MediaBox [0 0 612 792] /Resources << /XObject << >> >> >>"));
        page.getKey("/Resources").getKey("/XObject").replaceKey("/Im0", image);
        page.replaceKey("/Contents",
                        QPDFObjectHandle::newStream(&pdf, "q 612 0 0 792 0 0 cm /Im0 Do Q\n"));
        helper.addPage(QPDFPageObjectHelper(page), false);
    }
    return packet::write_deterministic(pdf, "1.4");
}

std::string blank_pdf(int pages) {
    QPDF pdf;
    pdf.emptyPDF();
    QPDFPageDocumentHelper helper(pdf);
    for (int i = 0; i < pages; ++i) {
        helper.addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(
                           QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 612 792] >>"))),
                       false);
    }
    return packet::write_deterministic(pdf, "1.4");
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

fs::path exhibit_file(const fs::path& dir, int i) {
    return dir / ("exhibit" + std::to_string(i) + ".pdf");
}

// Writes `exhibits` files totalling `pages` pages.
std::uintmax_t generate(const fs::path& dir, int exhibits, int pages, std::size_t image_bytes) {
    fs::create_directories(dir);
    std::mt19937 random(42);
    std::uintmax_t total = 0;
    for (int i = 0; i < exhibits; ++i) {
        int count = pages / exhibits + (i < pages % exhibits ? 1 : 0);
        write_file(exhibit_file(dir, i), scan_pdf(count, image_bytes, random));
        // The page counts come from validation in a build; the assembly is what is timed.
        std::ofstream(dir / "pages.txt", std::ios::app) << count << "\n";
        total += fs::file_size(exhibit_file(dir, i));
    }
    return total;
}

int assemble(const fs::path& dir, int exhibits) {
    packet::PacketInputs inputs;
    std::vector<packet::PacketExhibit> list;
    std::ifstream counts(dir / "pages.txt");
    for (int i = 0; i < exhibits; ++i) {
        int pages = 0;
        counts >> pages;
        list.push_back({"e" + std::to_string(i), std::to_string(i + 1), "Exhibit", pages});
        inputs.exhibit_files.push_back(exhibit_file(dir, i));
    }
    inputs.map = packet::compute_page_map(2, list);
    inputs.front_matter_pdf = blank_pdf(2);
    inputs.tab_pages_pdf = blank_pdf(exhibits);
    auto result = packet::assemble_packet(inputs);
    if (result.parts.empty()) return 1;
    write_file(dir / "packet.pdf", result.parts[0].bytes);
    return 0;
}

bench::ProcessStats measure_amparo(const std::string& self, const fs::path& dir, int exhibits) {
    std::vector<double> cpu, wall;
    bench::ProcessStats last;
    for (int run = 0; run < 3; ++run) {
        last = bench::run_measured({self, "--assemble", dir.string(), std::to_string(exhibits)});
        cpu.push_back(last.cpu_ms);
        wall.push_back(last.wall_ms);
    }
    last.cpu_ms = bench::median(cpu);
    last.wall_ms = bench::median(wall);
    return last;
}

bench::ProcessStats measure_qpdf(const fs::path& dir, int exhibits) {
    std::vector<std::string> argv = {"qpdf", "--empty", "--pages"};
    for (int i = 0; i < exhibits; ++i) argv.push_back(exhibit_file(dir, i).string());
    argv.push_back("--");
    argv.push_back((dir / "qpdf-merge.pdf").string());
    std::vector<double> cpu, wall;
    bench::ProcessStats last;
    for (int run = 0; run < 3; ++run) {
        last = bench::run_measured(argv);
        cpu.push_back(last.cpu_ms);
        wall.push_back(last.wall_ms);
    }
    last.cpu_ms = bench::median(cpu);
    last.wall_ms = bench::median(wall);
    return last;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--assemble") {
        return assemble(argv[2], std::stoi(argv[3]));
    }
    const std::string self = fs::canonical("/proc/self/exe").string();
    const fs::path root =
        fs::temp_directory_path() / ("amparo-packet-bench-" + std::to_string(::getpid()));
    std::printf("%-34s %9s %9s %9s %9s %7s %9s\n", "case", "input MB", "amparo ms", "qpdf ms",
                "ratio", "pages", "peak MiB");
    struct Run {
        int pages, exhibits;
        std::size_t image_bytes;
    };
    for (auto [pages, exhibits, image_bytes] : {Run{1000, 40, 100000}, Run{250, 10, 20000},
                                                Run{1000, 40, 20000}, Run{4000, 160, 20000}}) {
        fs::path dir = root / (std::to_string(pages) + "-" + std::to_string(image_bytes));
        auto bytes = generate(dir, exhibits, pages, image_bytes);
        auto ours = measure_amparo(self, dir, exhibits);
        auto theirs = measure_qpdf(dir, exhibits);
        char label[64];
        std::snprintf(label, sizeof label, "%d pages, %d exhibits, %zu KB/page", pages, exhibits,
                      image_bytes / 1000);
        std::printf("%-34s %9.1f %9.0f %9.0f %9.2f %7d %9.1f\n", label,
                    static_cast<double>(bytes) / 1e6, ours.cpu_ms, theirs.cpu_ms,
                    ours.cpu_ms / theirs.cpu_ms, pages,
                    static_cast<double>(ours.peak_rss_kb) / 1024.0);
        if (ours.exit_code != 0) std::printf("  amparo assembly failed\n");
        fs::remove_all(dir);
    }
    fs::remove_all(root);
    return 0;
}

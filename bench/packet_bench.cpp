// Exhibit packet assembly (with its final check) against qpdf's own merge of the same files, and
// against that merge followed by qpdf's --overlay stamping, in the same run. CPU times, medians
// of five runs; the peak is amparo's largest.
//
//   packet_bench            the 1,000-page / 40-exhibit comparison, then 250/1,000/4,000 pages
//   packet_bench --assemble DIR N   (internal) assembles DIR's N exhibits; measured as a child
//   packet_bench --generate DIR PAGES EXHIBITS BYTES   writes the exhibits of one case and
//                                   keeps them, to profile `--assemble DIR EXHIBITS` on its own
//
// The exhibits are generated here: letter pages each carrying an opaque "scan" image stream
// (random bytes declared as JPEG: neither qpdf nor amparo decodes them), so sizes resemble
// scanned evidence without any download.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "packet/assemble_packet.hpp"
#include "packet/packet_check.hpp"
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
    // The final check is part of every build, so it is part of the time.
    return packet::check_packet_part(result.parts[0], inputs.map, inputs.stamp, 0).ok ? 0 : 2;
}

// One page per packet page saying "Page i", for qpdf's --overlay (not timed).
std::string stamp_pages_pdf(int pages) {
    QPDF pdf;
    pdf.emptyPDF();
    auto font = pdf.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    QPDFPageDocumentHelper helper(pdf);
    for (int i = 1; i <= pages; ++i) {
        auto page = pdf.makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Page /MediaBox [0 0 612 792] /Resources << /Font << >> >> >>"));
        page.getKey("/Resources").getKey("/Font").replaceKey("/F1", font);
        page.replaceKey("/Contents",
                        QPDFObjectHandle::newStream(&pdf, "BT /F1 10 Tf 280 30 Td (Page " +
                                                              std::to_string(i) + ") Tj ET\n"));
        helper.addPage(QPDFPageObjectHelper(page), false);
    }
    return packet::write_deterministic(pdf, "1.4");
}

// Medians of five runs: the machine is shared, and one run can be slowed by another's work.
bench::ProcessStats measure(const std::vector<std::string>& argv) {
    std::vector<double> cpu, wall;
    bench::ProcessStats last;
    long peak = 0;
    for (int run = 0; run < 5; ++run) {
        last = bench::run_measured(argv);
        cpu.push_back(last.cpu_ms);
        wall.push_back(last.wall_ms);
        peak = std::max(peak, last.peak_rss_kb);
    }
    last.cpu_ms = bench::median(cpu);
    last.wall_ms = bench::median(wall);
    last.peak_rss_kb = peak;
    return last;
}

std::vector<std::string> qpdf_merge(const fs::path& dir, int exhibits) {
    std::vector<std::string> argv = {"qpdf", "--empty", "--pages"};
    for (int i = 0; i < exhibits; ++i) argv.push_back(exhibit_file(dir, i).string());
    argv.push_back("--");
    argv.push_back((dir / "qpdf-merge.pdf").string());
    return argv;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--assemble") {
        return assemble(argv[2], std::stoi(argv[3]));
    }
    if (argc == 6 && std::string(argv[1]) == "--generate") {
        generate(argv[2], std::stoi(argv[4]), std::stoi(argv[3]), std::stoul(argv[5]));
        return 0;
    }
    const std::string self = fs::canonical("/proc/self/exe").string();
    const fs::path root =
        fs::temp_directory_path() / ("amparo-packet-bench-" + std::to_string(::getpid()));
    std::printf("%-38s %8s %9s %9s %6s %10s %7s %9s\n", "case", "input MB", "amparo ms", "merge ms",
                "ratio", "+overlay", "ratio", "peak MiB");
    struct Run {
        int pages, exhibits;
        std::size_t image_bytes;
    };
    for (auto [pages, exhibits, image_bytes] : {Run{1000, 40, 100000}, Run{250, 10, 20000},
                                                Run{1000, 40, 20000}, Run{4000, 160, 20000}}) {
        fs::path dir = root / (std::to_string(pages) + "-" + std::to_string(image_bytes));
        auto bytes = generate(dir, exhibits, pages, image_bytes);
        write_file(dir / "stamps.pdf", stamp_pages_pdf(pages));
        auto ours = measure({self, "--assemble", dir.string(), std::to_string(exhibits)});
        auto merge = measure(qpdf_merge(dir, exhibits));
        auto overlay =
            measure({"qpdf", (dir / "qpdf-merge.pdf").string(), "--overlay",
                     (dir / "stamps.pdf").string(), "--", (dir / "qpdf-stamped.pdf").string()});
        char label[64];
        std::snprintf(label, sizeof label, "%d pages, %d exhibits, %zu KB/page", pages, exhibits,
                      image_bytes / 1000);
        double both = merge.cpu_ms + overlay.cpu_ms;
        std::printf("%-38s %8.1f %9.0f %9.0f %6.2f %10.0f %7.2f %9.1f\n", label,
                    static_cast<double>(bytes) / 1e6, ours.cpu_ms, merge.cpu_ms,
                    ours.cpu_ms / merge.cpu_ms, both, ours.cpu_ms / both,
                    static_cast<double>(ours.peak_rss_kb) / 1024.0);
        if (ours.exit_code != 0) std::printf("  amparo assembly or check failed\n");
        fs::remove_all(dir);
    }
    fs::remove_all(root);
    return 0;
}

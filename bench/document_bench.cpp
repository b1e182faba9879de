// Document benchmark: builds the sample set's documents in-process, times the PDF and DOCX
// writers per document (median CPU time of several runs), reports peak memory, and times pandoc
// on the same rendered Markdown (to PDF through groff ms, and to DOCX) for the ratio.
// Usage: document_bench [RUNS] [SAMPLES_DIR]
#include <sys/resource.h>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "casefile/case_loader.hpp"
#include "casefile/data_paths.hpp"
#include "docx/docx_writer.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/build_settings.hpp"
#include "pipeline/case_documents.hpp"
#include "process_stats.hpp"

namespace {

namespace fs = std::filesystem;
using amparo::bench::median;

double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

template <typename Work>
double median_cpu(int runs, Work work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        double start = cpu_ms();
        work();
        times.push_back(cpu_ms() - start);
    }
    return median(times);
}

double peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = argc > 1 ? std::stoi(argv[1]) : 7;
    fs::path samples = argc > 2 ? fs::path(argv[2]) : amparo::default_data_dir() / "samples";
    amparo::Diagnostics problems;
    auto schema =
        amparo::CaseSchema::load(amparo::case_schema_path(amparo::default_data_dir()), problems);
    auto settings = amparo::pipeline::load_build_settings(amparo::default_data_dir() / "templates",
                                                          {"pdf", "docx"}, problems);
    if (!schema || !settings) {
        std::fprintf(stderr, "document_bench: cannot load schema or templates\n");
        return 2;
    }
    bool have_pandoc = std::system("command -v pandoc >/dev/null 2>&1") == 0;
    fs::path scratch = fs::temp_directory_path() / "amparo-document-bench";
    fs::create_directories(scratch);
    std::printf("%-28s %-14s %5s %9s %9s %9s %9s %7s %7s\n", "case", "document", "pages", "pdf ms",
                "docx ms", "pandoc", "pandoc", "pdf x", "docx x");
    std::printf("%-28s %-14s %5s %9s %9s %9s %9s %7s %7s\n", "", "", "", "(CPU)", "(CPU)", "pdf ms",
                "docx ms", "faster", "faster");
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(samples)) {
        if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        auto loaded = amparo::load_case(file, *schema, problems);
        if (!loaded) continue;
        auto documents = amparo::pipeline::render_case_documents(*loaded, settings->templates,
                                                                 settings->registry, {});
        for (const auto& document : documents.documents) {
            int pages = 0;
            double pdf = median_cpu(runs, [&] {
                pages = amparo::pdf::write_pdf(document.model, amparo::pdf::default_profile(),
                                               *settings->fonts, 0)
                            .stats.pages;
            });
            double docx = median_cpu(runs, [&] { amparo::docx::write_docx(document.model, {}); });
            double pandoc_pdf = 0;
            double pandoc_docx = 0;
            if (have_pandoc) {
                auto markdown = scratch / "document.md";
                std::ofstream(markdown) << document.markdown;
                std::vector<double> to_pdf;
                std::vector<double> to_docx;
                for (int i = 0; i < std::max(3, runs / 2); ++i) {
                    to_pdf.push_back(
                        amparo::bench::run_measured({"pandoc", markdown.string(), "-t", "ms", "-o",
                                                     (scratch / "document.pdf").string()})
                            .cpu_ms);
                    to_docx.push_back(
                        amparo::bench::run_measured({"pandoc", markdown.string(), "-o",
                                                     (scratch / "document.docx").string()})
                            .cpu_ms);
                }
                pandoc_pdf = median(to_pdf);
                pandoc_docx = median(to_docx);
            }
            std::printf("%-28s %-14s %5d %9.2f %9.2f %9.1f %9.1f %7.1f %7.1f\n",
                        loaded->data["case"]["id"].get<std::string>().c_str(),
                        document.name.c_str(), pages, pdf, docx, pandoc_pdf, pandoc_docx,
                        pdf > 0 ? pandoc_pdf / pdf : 0, docx > 0 ? pandoc_docx / docx : 0);
        }
    }
    std::printf("peak RSS of the whole run: %.1f MB%s\n", peak_rss_mb(),
                have_pandoc ? "" : " (pandoc not installed: ratios not measured)");
    fs::remove_all(scratch);
    return 0;
}

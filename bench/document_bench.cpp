// Document benchmark: builds the documents of the sample set and of two synthetic contested
// merits cases (briefs of typical length, 15-25 pages) in-process, times the PDF and DOCX writers
// per document (median CPU time of several runs), reports peak memory, and times pandoc on the
// same rendered Markdown (to PDF through groff ms, and to DOCX) for the ratio.
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
#include "synthetic_case.hpp"

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

// Median CPU time of a pandoc run, or a negative value when pandoc failed: a failed run (pdfroff
// missing, say) takes a few milliseconds and must never be reported as pandoc's time.
double pandoc_ms(const std::vector<std::string>& argv, int runs) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        auto stats = amparo::bench::run_measured(argv);
        if (stats.exit_code != 0) return -1;
        times.push_back(stats.cpu_ms);
    }
    return median(times);
}

struct Totals {
    double min_pdf_ratio = 1e9;
    double min_docx_ratio = 1e9;
    double slowest_typical_brief = 0;  // CPU ms of the slowest 15-25 page brief
    int typical_briefs = 0;
    bool pandoc_failed = false;
};

class DocumentBench {
  public:
    DocumentBench(int runs, const amparo::CaseSchema& schema,
                  const amparo::pipeline::BuildSettings& settings, bool have_pandoc,
                  fs::path scratch)
        : runs_(runs),
          schema_(schema),
          settings_(settings),
          have_pandoc_(have_pandoc),
          scratch_(std::move(scratch)) {}

    void measure_case(const fs::path& file) {
        amparo::Diagnostics problems;
        auto loaded = amparo::load_case(file, schema_, problems);
        if (!loaded) {
            std::fprintf(stderr, "document_bench: %s does not validate\n", file.c_str());
            return;
        }
        auto documents = amparo::pipeline::render_case_documents(*loaded, settings_.templates,
                                                                 settings_.registry, {});
        for (const auto& document : documents.documents) {
            int pages = 0;
            double pdf = median_cpu(runs_, [&] {
                pages = amparo::pdf::write_pdf(document.model, amparo::profile::default_profile(),
                                               *settings_.fonts, 0)
                            .stats.pages;
            });
            double docx = median_cpu(runs_, [&] { amparo::docx::write_docx(document.model, {}); });
            auto [pandoc_pdf, pandoc_docx] = time_pandoc(document.markdown);
            std::printf("%-28s %-14s %5d %9.2f %9.2f ",
                        loaded->data["case"]["id"].get<std::string>().c_str(),
                        document.name.c_str(), pages, pdf, docx);
            print_pandoc(pandoc_pdf, pandoc_docx, pdf, docx);
            if (document.name == "brief" && pages >= 15 && pages <= 25) {
                totals_.slowest_typical_brief = std::max(totals_.slowest_typical_brief, pdf);
                ++totals_.typical_briefs;
            }
        }
    }

    const Totals& totals() const { return totals_; }

  private:
    std::pair<double, double> time_pandoc(const std::string& markdown) {
        if (!have_pandoc_) return {0, 0};
        auto input = scratch_ / "document.md";
        std::ofstream(input) << markdown;
        const int runs = std::max(3, runs_ / 2);
        return {pandoc_ms({"pandoc", input.string(), "-t", "ms", "-o",
                           (scratch_ / "document.pdf").string()},
                          runs),
                pandoc_ms({"pandoc", input.string(), "-o", (scratch_ / "document.docx").string()},
                          runs)};
    }

    void print_pandoc(double pandoc_pdf, double pandoc_docx, double pdf, double docx) {
        if (!have_pandoc_) {
            std::printf("%9s %9s %7s %7s\n", "-", "-", "-", "-");
            return;
        }
        auto column = [&](double pandoc, double ours, double& min_ratio) {
            if (pandoc < 0) {
                totals_.pandoc_failed = true;
                std::printf("%9s ", "failed");
                return std::string("-");
            }
            std::printf("%9.1f ", pandoc);
            double ratio = ours > 0 ? pandoc / ours : 0;
            min_ratio = std::min(min_ratio, ratio);
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "%.1f", ratio);
            return std::string(buffer);
        };
        std::string pdf_ratio = column(pandoc_pdf, pdf, totals_.min_pdf_ratio);
        std::string docx_ratio = column(pandoc_docx, docx, totals_.min_docx_ratio);
        std::printf("%7s %7s\n", pdf_ratio.c_str(), docx_ratio.c_str());
    }

    int runs_;
    const amparo::CaseSchema& schema_;
    const amparo::pipeline::BuildSettings& settings_;
    bool have_pandoc_;
    fs::path scratch_;
    Totals totals_;
};

// Contested merits cases with every claim argued: their briefs run 15-25 pages.
std::vector<fs::path> write_typical_cases(const fs::path& scratch) {
    std::vector<fs::path> files;
    for (int incidents : {12, 30}) {
        amparo::bench::CaseShape shape;
        shape.incidents = incidents;
        shape.all_claims = true;
        std::string id = "synthetic-" + std::to_string(incidents) + "-incidents";
        files.push_back(scratch / (id + ".yaml"));
        std::ofstream(files.back()) << amparo::bench::synthetic_case(id, shape);
    }
    return files;
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
        std::fprintf(stderr, "document_bench: cannot load schema, templates or fonts\n");
        return 2;
    }
    bool have_pandoc = std::system("command -v pandoc >/dev/null 2>&1") == 0;
    fs::path scratch = fs::temp_directory_path() / "amparo-document-bench";
    fs::create_directories(scratch);

    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(samples)) {
        if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : write_typical_cases(scratch)) files.push_back(file);

    std::printf("median CPU time of %d runs per document (pandoc: median of %d)\n", runs,
                std::max(3, runs / 2));
    std::printf("%-28s %-14s %5s %9s %9s %9s %9s %7s %7s\n", "case", "document", "pages", "pdf ms",
                "docx ms", "pandoc", "pandoc", "pdf x", "docx x");
    std::printf("%-28s %-14s %5s %9s %9s %9s %9s %7s %7s\n", "", "", "", "(CPU)", "(CPU)", "pdf ms",
                "docx ms", "faster", "faster");
    DocumentBench bench(runs, *schema, *settings, have_pandoc, scratch);
    for (const auto& file : files) bench.measure_case(file);

    const Totals& totals = bench.totals();
    std::printf("briefs of 15-25 pages: %d, slowest PDF %.2f ms CPU (target: under 20 ms)\n",
                totals.typical_briefs, totals.slowest_typical_brief);
    if (have_pandoc && !totals.pandoc_failed) {
        std::printf("smallest ratio to pandoc: PDF %.1fx, DOCX %.1fx (target: 20x)\n",
                    totals.min_pdf_ratio, totals.min_docx_ratio);
    } else if (totals.pandoc_failed) {
        std::printf(
            "pandoc failed on some documents (is groff, which has pdfroff, installed?): "
            "ratios not measured there\n");
    }
    std::printf("peak RSS of the whole run: %.1f MB (target: under 50 MB)%s\n", peak_rss_mb(),
                have_pandoc ? "" : "; pandoc not installed: ratios not measured");
    fs::remove_all(scratch);
    return 0;
}

// Fuzz target: a case file as a user writes it, loaded, validated, legally checked, its exhibit
// files opened, and every diagnostic formatted as the CLI prints it.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "casefile/case_loader.hpp"
#include "pipeline/checked_case.hpp"
#include "support/test_paths.hpp"

namespace {

// What every input shares, loaded once: libFuzzer calls the target in one process, and loading
// the schema per input would cost more than the input itself.
struct CaseFileFuzzSetup {
    amparo::CaseSchema schema;
    std::filesystem::path case_file;
};

// The case file lives in a scratch folder next to copies of the exhibit files the samples and the
// fixtures cite, so inputs grown from them still reach the exhibit PDF reader.
CaseFileFuzzSetup make_setup() {
    const auto source = amparo::testing::source_dir();
    amparo::Diagnostics problems;
    auto schema = amparo::CaseSchema::load(source / "schemas/case.schema.json", problems);
    if (!schema) throw std::runtime_error("schemas/case.schema.json does not load");
    const auto folder = amparo::testing::make_scratch_dir("fuzz-case");
    std::filesystem::copy(source / "samples/exhibits", folder / "exhibits",
                          std::filesystem::copy_options::recursive);
    std::filesystem::copy(source / "tests/casefile/fixtures/valid/exhibit-files",
                          folder / "exhibit-files", std::filesystem::copy_options::recursive);
    return {std::move(*schema), folder / "case.yaml"};
}

// A fixed "today", so the deadline checks take the same path whenever an input is replayed.
const amparo::legal::CheckContext fixed_today{{2026, 1, 15}};

void format_all(const amparo::Diagnostics& diagnostics) {
    for (const auto& diagnostic : diagnostics) amparo::format_diagnostic(diagnostic);
    amparo::diagnostics_to_json(diagnostics);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const CaseFileFuzzSetup setup = make_setup();
    amparo::testing::write_file(setup.case_file,
                                std::string(reinterpret_cast<const char*>(data), size));
    amparo::Diagnostics diagnostics;
    const bool valid = amparo::load_case(setup.case_file, setup.schema, diagnostics).has_value();
    format_all(diagnostics);
    // load_checked_case loads again; only a case that loads gets to its exhibit files and the
    // legal checks, so an invalid input is not parsed twice.
    if (valid) {
        amparo::Diagnostics checked;
        amparo::pipeline::load_checked_case(setup.case_file, setup.schema, fixed_today, checked);
        format_all(checked);
    }
    return 0;
}

// Fuzz target: a firm's reference .docx (--reference-docx), read from a file as the build reads
// it: the zip, its relationships, styles, last section, headers, footers and their images.
#include <cstddef>
#include <cstdint>
#include <string>

#include "docx/reference_docx.hpp"
#include "fuzz/zip_crc_repair.hpp"
#include "support/test_paths.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // One file, overwritten by every input, in a scratch folder removed when the process exits.
    static const auto file = amparo::testing::make_scratch_dir("fuzz-docx") / "reference.docx";
    amparo::testing::write_file(file, amparo::fuzz::with_stored_crcs_repaired(
                                          std::string(reinterpret_cast<const char*>(data), size)));
    auto result = amparo::docx::detail::read_reference_docx(file);
    for (const auto& problem : result.diagnostics) amparo::format_diagnostic(problem);
    return 0;
}

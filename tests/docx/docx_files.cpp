// test_options and save_docx.
#include "docx/docx_files.hpp"

#include <cstdlib>
#include <stdexcept>

#include "docx/docx_writer.hpp"
#include "support/test_paths.hpp"

namespace amparo::docx_test {

docx::DocxOptions test_options() {
    docx::DocxOptions options;
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        options.creation_time = std::stoll(epoch);
    }
    return options;
}

std::filesystem::path save_docx(const document::Document& document,
                                const docx::DocxOptions& options, const std::filesystem::path& dir,
                                const std::string& name) {
    const docx::DocxResult result = docx::write_docx(document, options);
    if (!result.ok()) {
        std::string messages;
        for (const auto& diagnostic : result.diagnostics) messages += diagnostic.message + "\n";
        throw std::runtime_error("write_docx failed: " + messages);
    }
    const auto path = dir / name;
    testing::write_file(path, result.bytes);
    return path;
}

}  // namespace amparo::docx_test

// Builds the samples once; a failed build fails every test that asks for it.
#include "pipeline/built_samples.hpp"

#include <algorithm>
#include <stdexcept>

#include "support/run_command.hpp"
#include "support/test_paths.hpp"

namespace amparo::testing {

const std::filesystem::path& built_samples() {
    static const std::filesystem::path out = [] {
        auto dir = make_scratch_dir("samples-out");
        auto result = run_command({amparo_binary().string(), "build", "samples/", "-o",
                                   dir.string(), "--formats", "pdf,docx,md"},
                                  source_dir());
        if (result.exit_code != 0)
            throw std::runtime_error("amparo build samples/ failed: " + result.err);
        return dir;
    }();
    return out;
}

std::vector<std::string> sample_ids() {
    std::vector<std::string> ids;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "samples")) {
        if (entry.path().extension() == ".yaml") ids.push_back(entry.path().stem().string());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace amparo::testing

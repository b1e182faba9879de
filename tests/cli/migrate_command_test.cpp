// `amparo migrate`: rewrites version-1 files in place, keeps the original, never writes a file
// that would not validate, and leaves version-2 files alone.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <fstream>

#include "amparo_run.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

fs::path copy_of_version_1_fixtures() {
    const fs::path folder = testing::make_scratch_dir("migrate");
    fs::copy(testing::fixture("version-1"), folder, fs::copy_options::recursive);
    return folder;
}

TEST(MigrateCommand, RewritesInPlaceKeepsTheOriginalAndTheResultValidates) {
    const fs::path folder = copy_of_version_1_fixtures();
    const fs::path file = folder / "ramirez-business-extortion.yaml";
    const std::string original = testing::read_file(file);

    auto result = testing::run_amparo({"migrate", folder.string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("ramirez-business-extortion.yaml: now version 2 (6 fields "
                                      "renamed; 8 marked \"# amparo migrate:\" for review)"));
    EXPECT_EQ(testing::read_file(folder / "ramirez-business-extortion.yaml.v1.bak"), original);
    EXPECT_THAT(testing::read_file(file), HasSubstr("\nversion: 2\n"));

    auto validated = testing::run_amparo({"validate", folder.string()});
    EXPECT_EQ(validated.exit_code, 0) << validated.err;
    EXPECT_THAT(validated.err, HasSubstr("6 case files checked: 6 valid, 0 invalid"));

    auto again = testing::run_amparo({"migrate", file.string()});
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_THAT(again.err, HasSubstr("already version 2"));
}

TEST(MigrateCommand, AFileWithErrorsIsNotRewritten) {
    const fs::path folder = testing::make_scratch_dir("migrate-bad");
    const fs::path file = folder / "both.yaml";
    // A version-1 file that already has the version-2 name beside the old one.
    const std::string text = R"(case: {id: both, posture: defensive, relief: [asylum]}
applicant:
  name: {given: Prueba, family: Ejemplo}
  birth: {date: 1990-02-28}
  sex: female
  nationality: [Mexico]
  entry: {date: 2023-01-01, details: Came by bus., account: I came by bus.}
incidents:
  - {id: first, date: 2020-02-20, summary: a test incident, account: It happened to me.}
claims: {}
)";
    std::ofstream(file) << text;
    auto result = testing::run_amparo({"migrate", file.string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_THAT(result.err, HasSubstr("both.yaml:7:29: error: applicant.entry.details: both "
                                      "`details` (version 1) and `account` are given"));
    EXPECT_EQ(testing::read_file(file), text);
    EXPECT_FALSE(fs::exists(folder / "both.yaml.v1.bak"));
}

}  // namespace
}  // namespace amparo

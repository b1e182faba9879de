// The draft-07 part of the JSON Schema Test Suite (Debian package json-schema-test-suite), run
// through amparo's schema loading (CaseSchema::from_json + accepts). Cases valijson gets wrong are
// named in kKnownFailures with the reason (also listed in the README), so a new failure, or a
// known one that starts passing, fails the test.
#include <gtest/gtest.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "casefile/case_schema.hpp"

namespace amparo {
namespace {

namespace fs = std::filesystem;

const fs::path kSuite = "/usr/share/json-schema-test-suite/tests/draft7";

// "file / group / test" -> why valijson 1.0 fails it.
const std::map<std::string, std::string> kKnownFailures = {
#include "schema_test_suite_known_failures.inc"
};

struct SuiteFile {
    std::string name;
};

std::vector<SuiteFile> suite_files() {
    std::vector<SuiteFile> files;
    if (!fs::is_directory(kSuite)) return files;
    for (const auto& entry : fs::directory_iterator(kSuite)) {
        if (entry.path().extension() == ".json") files.push_back({entry.path().filename()});
    }
    std::sort(files.begin(), files.end(),
              [](const SuiteFile& a, const SuiteFile& b) { return a.name < b.name; });
    return files;
}

class SchemaTestSuite : public ::testing::TestWithParam<SuiteFile> {};

TEST(SchemaTestSuiteInstalled, SuiteIsPresent) {
    ASSERT_TRUE(fs::is_directory(kSuite))
        << kSuite << " is missing: install the json-schema-test-suite package (ci/setup.sh "
        << "--tests does)";
    EXPECT_GT(suite_files().size(), 30u);
}

TEST_P(SchemaTestSuite, MatchesExpectedValidity) {
    std::ifstream in(kSuite / GetParam().name);
    auto groups = nlohmann::json::parse(in);
    int passed = 0;
    for (const auto& group : groups) {
        Diagnostics problems;
        auto schema = CaseSchema::from_json(group["schema"], GetParam().name, problems);
        for (const auto& test : group["tests"]) {
            std::string id = GetParam().name + " / " + group["description"].get<std::string>() +
                             " / " + test["description"].get<std::string>();
            bool expected = test["valid"].get<bool>();
            bool correct = schema && schema->accepts(test["data"]) == expected;
            bool known = kKnownFailures.count(id) > 0;
            if (known) {
                EXPECT_FALSE(correct) << "now passes, remove it from the known failures: " << id;
            } else {
                EXPECT_TRUE(correct) << id << (schema ? "" : " (schema did not compile)");
                passed += correct ? 1 : 0;
            }
        }
    }
    RecordProperty("passed", passed);
}

INSTANTIATE_TEST_SUITE_P(Draft7, SchemaTestSuite, ::testing::ValuesIn(suite_files()),
                         [](const ::testing::TestParamInfo<SuiteFile>& param_info) {
                             std::string name =
                                 param_info.param.name.substr(0, param_info.param.name.size() - 5);
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             }
                             return name;
                         });

}  // namespace
}  // namespace amparo

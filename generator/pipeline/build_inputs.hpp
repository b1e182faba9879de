// What a case's build was made from, by content hash. build_case records it in report.json under
// "inputs"; the next build compares, and skips a case whose inputs are all unchanged.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "casefile/case_loader.hpp"
#include "pipeline/build_settings.hpp"
#include "pipeline/case_report.hpp"
#include "pipeline/output_permissions.hpp"

namespace amparo::pipeline {

// What every case of a batch shares, in one hash: amparo's version, the case schema, every file
// of the templates folder (templates, authorities.yaml, profiles/), the fonts, the reference
// DOCX, the output formats and permissions, SOURCE_DATE_EPOCH, --strict, and today's date (the
// deadline checks count from it, so a case is rebuilt once a day at most). Nullopt when one of
// these cannot be read: the batch then builds every case.
std::optional<std::string> batch_inputs_hash(const BuildSettings& settings,
                                             const std::filesystem::path& schema_file,
                                             const OutputPermissions& permissions,
                                             const std::string& today);

// {"case": SHA, "batch": SHA, "exhibits": {"exhibits/a.pdf": SHA, ...}} with each exhibit file
// as the case names it. Nullopt when an exhibit file cannot be read (such a case is never
// skipped).
std::optional<nlohmann::json> case_inputs_record(const LoadedCase& loaded,
                                                 const std::string& case_hash,
                                                 const std::string& batch_hash);

// The facts of the build in `case_folder` when its report.json records exactly the inputs
// `case_file` has now (the file's own hash, the batch's, and every exhibit file hashed again);
// nullopt when anything differs or cannot be read.
std::optional<BuildFacts> unchanged_build(const std::filesystem::path& case_folder,
                                          const std::filesystem::path& case_file,
                                          const std::string& case_hash,
                                          const std::string& batch_hash);

// The counts a report.json holds: documents, pages (the packet's included), placeholders left,
// and the warnings its build met.
BuildFacts facts_of_report(const nlohmann::json& report);

}  // namespace amparo::pipeline

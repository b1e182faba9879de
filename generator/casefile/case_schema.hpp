// The case file's JSON Schema, loaded once and shared (const) by every validation in a batch.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "casefile/diagnostic.hpp"
#include "casefile/yaml_to_json.hpp"

namespace amparo {

class CaseSchema {
  public:
    // Loads and compiles a draft-07 schema file. Problems (unreadable file, bad JSON, a schema
    // valijson cannot compile) go to `diagnostics`.
    static std::optional<CaseSchema> load(const std::filesystem::path& path,
                                          Diagnostics& diagnostics);
    // Compiles a schema already in memory (used by the conformance tests).
    static std::optional<CaseSchema> from_json(const nlohmann::json& schema,
                                               const std::string& display_name,
                                               Diagnostics& diagnostics);

    // True when the value is valid (used by the JSON Schema Test Suite run).
    bool accepts(const nlohmann::json& value) const;

    // Every structural problem of the case, mapped back to file positions: one diagnostic per
    // failing leaf (valijson's cascade of "failed to validate" ancestors is left out), unknown
    // field names with a suggestion, impossible calendar dates.
    Diagnostics validate(const JsonWithPositions& document, const std::string& file) const;

    const nlohmann::json& json() const;

    ~CaseSchema();
    CaseSchema(CaseSchema&&) noexcept;
    CaseSchema& operator=(CaseSchema&&) noexcept;

  private:
    struct Compiled;
    explicit CaseSchema(std::unique_ptr<Compiled> compiled);
    std::unique_ptr<Compiled> compiled_;
};

}  // namespace amparo

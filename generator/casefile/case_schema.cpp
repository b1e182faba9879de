// valijson behind a small interface. The valijson headers cost ~20 s to compile, so they are
// included in this one translation unit only.
#include "casefile/case_schema.hpp"

#include <fstream>
#include <set>
// Without this valijson prints and aborts on a schema it cannot compile.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "casefile/field_checks.hpp"
#include "casefile/json_pointer.hpp"
#include "casefile/schema_messages.hpp"

namespace amparo {

struct CaseSchema::Compiled {
    nlohmann::json document;
    valijson::Schema schema;
    // valijson's validator caches the compiled regular expressions of `pattern` constraints;
    // keeping one per schema saves recompiling them for every case of a batch. Not thread-safe:
    // a batch validates its cases one after another.
    mutable valijson::Validator validator;
};

CaseSchema::CaseSchema(std::unique_ptr<Compiled> compiled) : compiled_(std::move(compiled)) {}
CaseSchema::~CaseSchema() = default;
CaseSchema::CaseSchema(CaseSchema&&) noexcept = default;
CaseSchema& CaseSchema::operator=(CaseSchema&&) noexcept = default;

const nlohmann::json& CaseSchema::json() const { return compiled_->document; }

std::optional<CaseSchema> CaseSchema::from_json(const nlohmann::json& schema,
                                                const std::string& display_name,
                                                Diagnostics& diagnostics) {
    auto compiled = std::make_unique<Compiled>();
    compiled->document = schema;
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(compiled->document);
        parser.populateSchema(adapter, compiled->schema);
    } catch (const std::exception& e) {
        diagnostics.push_back({display_name, 0, 0, Severity::Error, "",
                               std::string("the schema cannot be compiled: ") + e.what(),
                               "check the schema against JSON Schema draft-07"});
        return std::nullopt;
    }
    return CaseSchema(std::move(compiled));
}

std::optional<CaseSchema> CaseSchema::load(const std::filesystem::path& path,
                                           Diagnostics& diagnostics) {
    std::ifstream in(path);
    if (!in) {
        diagnostics.push_back({path.string(), 0, 0, Severity::Error, "",
                               "cannot read the case schema",
                               "reinstall amparo, or pass --data-dir pointing at the folder "
                               "that holds schemas/"});
        return std::nullopt;
    }
    nlohmann::json schema;
    try {
        schema = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
        diagnostics.push_back({path.string(), 0, 0, Severity::Error, "",
                               std::string("the case schema is not valid JSON: ") + e.what(), ""});
        return std::nullopt;
    }
    return from_json(schema, path.string(), diagnostics);
}

bool CaseSchema::accepts(const nlohmann::json& value) const {
    valijson::adapters::NlohmannJsonAdapter target(value);
    return compiled_->validator.validate(compiled_->schema, target, nullptr);
}

namespace {

// valijson's context {"<root>", "[incidents]", "[0]"} -> "/incidents/0".
std::string context_to_pointer(const std::vector<std::string>& context) {
    std::string pointer;
    for (std::size_t i = 1; i < context.size(); ++i) {
        const std::string& part = context[i];
        std::string token = part.size() >= 2 && part.front() == '[' && part.back() == ']'
                                ? part.substr(1, part.size() - 2)
                                : part;
        pointer = pointer_append(pointer, token);
    }
    return pointer;
}

}  // namespace

Diagnostics CaseSchema::validate(const JsonWithPositions& document, const std::string& file) const {
    std::set<std::string> reported;
    Diagnostics diagnostics = check_fields(json(), document, file, reported);

    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document.value);
    compiled_->validator.validate(compiled_->schema, target, &results);
    std::vector<SchemaError> errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        errors.push_back({context_to_pointer(error.context), error.description});
    }
    Diagnostics described = describe_schema_errors(json(), document, errors, reported, file);
    diagnostics.insert(diagnostics.end(), described.begin(), described.end());
    sort_by_position(diagnostics);
    return diagnostics;
}

}  // namespace amparo

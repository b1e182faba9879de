// valijson behind a small interface. The valijson headers cost ~20 s to compile, so they are
// included in this one translation unit only.
#include "casefile/case_schema.hpp"

#include <fstream>
#include <memory>
#include <mutex>
#include <set>
#include <vector>
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

namespace {

// valijson's validator caches the compiled regular expressions of `pattern` constraints, so
// validators are kept between cases instead of recompiling them for each. A validator is not
// thread-safe (the cache is filled as it goes): each validation borrows one no other thread
// uses, and a batch of N threads ends up with N of them.
class ValidatorPool {
  public:
    class Lease {
      public:
        Lease(ValidatorPool& pool, std::unique_ptr<valijson::Validator> validator)
            : pool_(pool), validator_(std::move(validator)) {}
        ~Lease() { pool_.give_back(std::move(validator_)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        valijson::Validator& operator*() { return *validator_; }

      private:
        ValidatorPool& pool_;
        std::unique_ptr<valijson::Validator> validator_;
    };

    Lease borrow() {
        std::lock_guard lock(mutex_);
        if (idle_.empty()) return Lease(*this, std::make_unique<valijson::Validator>());
        auto validator = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(validator));
    }

  private:
    void give_back(std::unique_ptr<valijson::Validator> validator) {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(validator));
    }
    std::mutex mutex_;
    std::vector<std::unique_ptr<valijson::Validator>> idle_;
};

}  // namespace

struct CaseSchema::Compiled {
    nlohmann::json document;
    valijson::Schema schema;       // the schema as written, for `accepts`
    valijson::Schema for_reports;  // without the constraints check_fields reports itself
    mutable ValidatorPool validators;
};

namespace {

// valijson's `format` check calls asString() on any value, so `date: [1]` or `date: true` threw
// out of the validator and killed the batch. A date's shape becomes a `pattern` (which valijson
// applies to strings only); check_fields checks that the day exists. No other format is in the
// case schema, and valijson checks none but date, time and date-time: the rest are dropped too.
// `for_reports` also drops `uniqueItems`: valijson reports every pair of equal entries, so n
// copies gave n²/2 errors; check_fields reports each repeat once, against its first occurrence.
nlohmann::json safe_for_valijson(const nlohmann::json& schema, bool keep_unique_items) {
    if (!schema.is_object()) return schema;  // `true`, `false`
    static const std::set<std::string> schema_maps = {"properties", "definitions",
                                                      "patternProperties", "dependencies"};
    static const std::set<std::string> schema_lists = {"allOf", "anyOf", "oneOf"};
    static const std::set<std::string> subschemas = {
        "items", "additionalItems", "additionalProperties", "not", "if", "then",
        "else",  "contains",        "propertyNames"};
    auto safe = [&](const nlohmann::json& sub) {
        return safe_for_valijson(sub, keep_unique_items);
    };
    nlohmann::json copy = nlohmann::json::object();
    for (const auto& [key, value] : schema.items()) {
        if (key == "format" && value.is_string()) {
            if (value == "date") copy["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
        } else if (key == "uniqueItems" && !keep_unique_items) {
            continue;
        } else if (schema_maps.count(key) && value.is_object()) {
            copy[key] = nlohmann::json::object();
            for (const auto& [name, sub] : value.items()) copy[key][name] = safe(sub);
        } else if ((schema_lists.count(key) || key == "items") && value.is_array()) {
            copy[key] = nlohmann::json::array();
            for (const auto& sub : value) copy[key].push_back(safe(sub));
        } else if (subschemas.count(key)) {
            copy[key] = safe(value);
        } else {
            copy[key] = value;  // enum, const, default and other keywords hold data, not schemas
        }
    }
    return copy;
}

void compile(const nlohmann::json& schema, valijson::Schema& into) {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(schema);
    parser.populateSchema(adapter, into);
}

}  // namespace

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
        compile(safe_for_valijson(compiled->document, true), compiled->schema);
        compile(safe_for_valijson(compiled->document, false), compiled->for_reports);
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
    return (*compiled_->validators.borrow()).validate(compiled_->schema, target, nullptr);
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
    (*compiled_->validators.borrow()).validate(compiled_->for_reports, target, &results);
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

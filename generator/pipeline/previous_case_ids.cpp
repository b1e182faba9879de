// A SAX reader of summary.json: it keeps the three strings of each case it needs and nothing
// else. Parsing the whole file into a JSON tree would cost a node and a map entry for every
// value, about 1.5 KB a case, held at the start of every build of a large batch.
#include <fstream>
#include <nlohmann/json.hpp>

#include "pipeline/batch_summary.hpp"

namespace amparo::pipeline {

namespace {

using nlohmann::json;

// Reads `{"cases": [{"file": ..., "case": ..., "status": ...}, ...], ...}`; anything else in the
// file is skipped, whatever its depth.
class CaseIdReader : public json::json_sax_t {
  public:
    explicit CaseIdReader(std::map<std::string, std::string>& ids) : ids_(ids) {}

    bool key(string_t& name) override {
        key_ = name;
        return true;
    }
    bool start_object(std::size_t) override {
        if (depth_ == 2 && in_cases_) entry_ = {};
        ++depth_;
        return true;
    }
    bool end_object() override {
        --depth_;
        if (depth_ == 2 && in_cases_ && !entry_.file.empty() &&
            (entry_.status == "built" || entry_.status == "unchanged"))
            ids_[entry_.file] = entry_.case_id;
        return true;
    }
    bool start_array(std::size_t) override {
        if (depth_ == 1 && key_ == "cases") in_cases_ = true;
        ++depth_;
        return true;
    }
    bool end_array() override {
        if (--depth_ == 1) in_cases_ = false;
        return true;
    }
    bool string(string_t& value) override {
        if (depth_ != 3 || !in_cases_) return true;
        if (key_ == "file") entry_.file = value;
        if (key_ == "case") entry_.case_id = value;
        if (key_ == "status") entry_.status = value;
        return true;
    }
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

  private:
    struct Entry {
        std::string file, case_id, status;
    };
    std::map<std::string, std::string>& ids_;
    std::size_t depth_ = 0;
    bool in_cases_ = false;
    std::string key_;
    Entry entry_;
};

}  // namespace

std::map<std::string, std::string> previous_case_ids(const std::filesystem::path& out_dir) {
    std::map<std::string, std::string> ids;
    for (const auto& file : summary_files(out_dir)) {
        std::ifstream in(file);
        // Only a hint: a file that cannot be read or parsed leaves its cases to be built.
        std::map<std::string, std::string> found;
        CaseIdReader reader(found);
        if (!in || !json::sax_parse(in, &reader)) continue;
        // A later summary (summary.json after the shards' files) says what was built last.
        for (auto& [case_file, id] : found) ids.insert_or_assign(case_file, std::move(id));
    }
    return ids;
}

}  // namespace amparo::pipeline

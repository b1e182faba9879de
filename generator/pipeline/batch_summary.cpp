// summary.json in and out; the merge of shard summaries.
#include "pipeline/batch_summary.hpp"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <string_view>

namespace amparo::pipeline {

namespace {

using nlohmann::json;

struct StatusWord {
    CaseStatus status;
    const char* name;
};
constexpr StatusWord kStatusWords[] = {{CaseStatus::Built, "built"},
                                       {CaseStatus::Unchanged, "unchanged"},
                                       {CaseStatus::Failed, "failed"},
                                       {CaseStatus::Interrupted, "interrupted"},
                                       {CaseStatus::NotBuilt, "not-built"}};

json optional_text(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json case_to_json(const CaseReport& report, const SummaryDetail& detail) {
    const std::string folder =
        report.folder.empty() ? "" : (detail.folders_in / report.folder).string();
    json entry = {{"file", report.file},
                  {"case", optional_text(report.case_id)},
                  {"status", status_name(report.status)},
                  {"folder", optional_text(folder)},
                  {"documents", report.facts.documents},
                  {"pages", report.facts.pages},
                  {"placeholders", report.facts.placeholders},
                  {"warnings", report.facts.warnings},
                  {"errors", report.errors}};
    // diagnostics_to_json escapes what JSON cannot carry (file names that are not UTF-8).
    if (detail.diagnostics)
        entry["diagnostics"] = json::parse(diagnostics_to_json(report.diagnostics));
    return entry;
}

std::optional<CaseReport> case_from_json(const json& entry) {
    if (!entry.is_object() || !entry.contains("file") || !entry["file"].is_string())
        return std::nullopt;
    auto status = status_from_name(entry.value("status", std::string()));
    if (!status) return std::nullopt;
    CaseReport report;
    report.file = entry["file"];
    report.status = *status;
    auto text = [&](const char* key) {
        return entry.contains(key) && entry[key].is_string() ? entry[key].get<std::string>()
                                                             : std::string();
    };
    auto count = [&](const char* key) {
        return entry.contains(key) && entry[key].is_number_unsigned()
                   ? entry[key].get<std::size_t>()
                   : std::size_t{0};
    };
    report.case_id = text("case");
    report.folder = text("folder");
    report.facts = {count("documents"), count("pages"), count("placeholders"), count("warnings")};
    report.errors = count("errors");
    return report;
}

// Everything but the cases, with an empty "cases" list.
json summary_head(const BatchSummary& summary) {
    const BatchTotals totals = totals_of(summary.cases);
    return {{"amparo", AMPARO_VERSION},
            {"shard", summary.shard
                          ? json{{"index", summary.shard->index}, {"count", summary.shard->count}}
                          : json(nullptr)},
            {"totals",
             {{"cases", totals.cases},
              {"built", totals.built},
              {"unchanged", totals.unchanged},
              {"failed", totals.failed},
              {"interrupted", totals.interrupted},
              {"not_built", totals.not_built},
              {"placeholders", totals.placeholders},
              {"warnings", totals.warnings}}},
            {"cases", json::array()}};
}

}  // namespace

const char* status_name(CaseStatus status) {
    for (const auto& word : kStatusWords) {
        if (word.status == status) return word.name;
    }
    return "not-built";
}

std::optional<CaseStatus> status_from_name(const std::string& name) {
    for (const auto& word : kStatusWords) {
        if (name == word.name) return word.status;
    }
    return std::nullopt;
}

BatchTotals totals_of(const std::vector<CaseReport>& cases) {
    BatchTotals totals;
    totals.cases = cases.size();
    for (const auto& report : cases) {
        switch (report.status) {
            case CaseStatus::Built:
                ++totals.built;
                break;
            case CaseStatus::Unchanged:
                ++totals.unchanged;
                break;
            case CaseStatus::Failed:
                ++totals.failed;
                break;
            case CaseStatus::Interrupted:
                ++totals.interrupted;
                break;
            case CaseStatus::NotBuilt:
                ++totals.not_built;
                break;
        }
        totals.placeholders += report.facts.placeholders;
        totals.warnings += report.facts.warnings;
    }
    return totals;
}

std::string summary_json_text(const BatchSummary& summary, const SummaryDetail& detail) {
    // The head with an empty "cases" list, split where the list goes; each case is then
    // dumped on its own and indented to its depth (two levels of two spaces).
    const std::string head = summary_head(summary).dump(2);
    const std::string empty_list = "\"cases\": []";
    const auto at = head.find(empty_list);
    if (summary.cases.empty() || at == std::string::npos) return head + "\n";
    std::string text = head.substr(0, at) + "\"cases\": [\n";
    const char* separator = "";
    for (const auto& report : summary.cases) {
        text += separator;
        separator = ",\n";
        text += "    ";
        for (const char c : case_to_json(report, detail).dump(2)) {
            text += c;
            if (c == '\n') text += "    ";
        }
    }
    text += "\n  ]";
    text += std::string_view(head).substr(at + empty_list.size());
    text += "\n";
    return text;
}

std::optional<BatchSummary> summary_from_json(const json& value, std::string& error) {
    if (!value.is_object() || !value.contains("cases") || !value["cases"].is_array()) {
        error = "not an amparo summary (no \"cases\" list)";
        return std::nullopt;
    }
    BatchSummary summary;
    if (value.contains("shard") && value["shard"].is_object()) {
        summary.shard = Shard{value["shard"].value("index", std::size_t{0}),
                              value["shard"].value("count", std::size_t{0})};
    }
    for (const auto& entry : value["cases"]) {
        auto report = case_from_json(entry);
        if (!report) {
            error = "a case entry lacks its file or has an unknown status";
            return std::nullopt;
        }
        summary.cases.push_back(std::move(*report));
    }
    return summary;
}

MergedSummary merge_summaries(const std::vector<BatchSummary>& summaries) {
    MergedSummary merged;
    std::set<std::size_t> counts;
    std::set<std::size_t> indexes;
    for (const auto& summary : summaries) {
        if (summary.shard) {
            counts.insert(summary.shard->count);
            if (!indexes.insert(summary.shard->index).second)
                merged.problems.push_back("shard " + std::to_string(summary.shard->index) +
                                          " is given twice");
        }
        merged.batch.cases.insert(merged.batch.cases.end(), summary.cases.begin(),
                                  summary.cases.end());
    }
    if (counts.size() > 1) merged.problems.push_back("the summaries are of different shard counts");
    if (counts.size() == 1) {
        const std::size_t count = *counts.begin();
        for (std::size_t index = 1; index <= count; ++index) {
            if (!indexes.count(index))
                merged.problems.push_back("shard " + std::to_string(index) + " of " +
                                          std::to_string(count) + " has no summary");
        }
    }
    auto& cases = merged.batch.cases;
    std::stable_sort(cases.begin(), cases.end(),
                     [](const CaseReport& a, const CaseReport& b) { return a.file < b.file; });
    std::map<std::string, std::string> file_of_id;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (i > 0 && cases[i].file == cases[i - 1].file)
            merged.problems.push_back(cases[i].file + " is in more than one summary");
        const bool wrote =
            cases[i].status == CaseStatus::Built || cases[i].status == CaseStatus::Unchanged;
        if (!wrote) continue;
        auto [first, inserted] = file_of_id.emplace(cases[i].case_id, cases[i].file);
        if (!inserted && first->second != cases[i].file)
            merged.problems.push_back("case id '" + cases[i].case_id + "' was built from both " +
                                      first->second + " and " + cases[i].file);
    }
    return merged;
}

std::vector<std::filesystem::path> summary_files(const std::filesystem::path& out_dir) {
    static const std::regex name("summary(-[0-9]+-of-[0-9]+)?\\.json");
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(out_dir, error)) {
        if (entry.is_regular_file(error) &&
            std::regex_match(entry.path().filename().string(), name))
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<BatchSummary> read_summary(const std::filesystem::path& file, std::string& error) {
    std::ifstream in(file);
    if (!in) {
        error = "cannot read " + file.string();
        return std::nullopt;
    }
    json value = json::parse(in, nullptr, false);
    if (value.is_discarded()) {
        error = file.string() + " is not JSON";
        return std::nullopt;
    }
    auto summary = summary_from_json(value, error);
    if (!summary) {
        error = file.string() + ": " + error;
        return std::nullopt;
    }
    for (auto& report : summary->cases) {
        if (!report.folder.empty()) report.folder = (file.parent_path() / report.folder).string();
    }
    return summary;
}

}  // namespace amparo::pipeline

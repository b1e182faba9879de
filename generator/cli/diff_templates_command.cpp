// `amparo diff-templates OLD NEW --cases DIR`: per case, which paragraphs of which documents a
// template change moves, so that a supervising attorney reviews exactly those.
#include <iostream>

#include "casefile/data_paths.hpp"
#include "cli/app.hpp"
#include "cli/case_inputs.hpp"
#include "cli/report_printer.hpp"
#include "cli/subcommands.hpp"
#include "cli/template_gate.hpp"
#include "pipeline/checked_case.hpp"
#include "pipeline/template_snapshots.hpp"
#include "pipeline/text_diff.hpp"

namespace amparo::cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct DiffTemplatesOptions {
    std::string old_templates;
    std::string new_templates;
    std::string cases;
    FormatOption format;
};

std::vector<std::string> texts_of(const std::vector<pipeline::Paragraph>& paragraphs) {
    std::vector<std::string> texts;
    for (const auto& paragraph : paragraphs) texts.push_back(paragraph.text);
    return texts;
}

// One document's changed paragraphs: [{old_line, new_line, before: [...], after: [...]}].
json paragraph_changes(const std::string& before, const std::string& after) {
    const auto old_paragraphs = pipeline::split_paragraphs(before);
    const auto new_paragraphs = pipeline::split_paragraphs(after);
    json changes = json::array();
    for (const auto& change :
         pipeline::changes_between(texts_of(old_paragraphs), texts_of(new_paragraphs))) {
        json entry = {{"before", json::array()}, {"after", json::array()}};
        for (auto i = change.old_begin; i < change.old_end; ++i)
            entry["before"].push_back(old_paragraphs[i].text);
        for (auto i = change.new_begin; i < change.new_end; ++i)
            entry["after"].push_back(new_paragraphs[i].text);
        // Where to look: the first changed paragraph's line, in the new text when it has one.
        entry["new_paragraph"] = change.new_begin + 1;
        entry["new_line"] = change.new_begin < new_paragraphs.size()
                                ? new_paragraphs[change.new_begin].line
                                : (new_paragraphs.empty() ? 1 : new_paragraphs.back().line);
        entry["old_paragraph"] = change.old_begin + 1;
        changes.push_back(entry);
    }
    return changes;
}

std::string indented(const std::string& text, const std::string& prefix) {
    std::string out;
    for (const auto& line : pipeline::split_lines(text)) out += prefix + line + "\n";
    return out;
}

void print_listing(const json& cases, std::ostream& out) {
    for (const auto& one : cases) {
        if (one["documents"].empty()) continue;
        out << one["case"].get<std::string>() << "\n";
        for (const auto& document : one["documents"]) {
            const auto& changes = document["changes"];
            out << "  " << document["name"].get<std::string>() << ": " << changes.size()
                << " change" << (changes.size() == 1 ? "" : "s") << "\n";
            for (const auto& change : changes) {
                out << "    paragraph " << change["new_paragraph"].get<std::size_t>() << " (line "
                    << change["new_line"].get<std::size_t>() << ")"
                    << (change["before"].empty()  ? ", added"
                        : change["after"].empty() ? ", removed"
                                                  : "")
                    << ":\n";
                for (const auto& text : change["before"])
                    out << indented(text.get<std::string>(), "      - ");
                for (const auto& text : change["after"])
                    out << indented(text.get<std::string>(), "      + ");
            }
        }
    }
}

int run_diff_templates(const DiffTemplatesOptions& options) {
    auto inputs = case_files_and_schema({options.cases});
    if (!inputs) return kExitUsage;
    // A set that cannot be rendered is trouble (2), not a difference (1).
    int exit_code = kExitOk;
    auto before =
        checked_markdown_settings(options.old_templates, inputs->schema, options.format, exit_code);
    if (!before) return kExitUsage;
    auto after =
        checked_markdown_settings(options.new_templates, inputs->schema, options.format, exit_code);
    if (!after) return kExitUsage;

    Diagnostics diagnostics;
    json cases = json::array();
    std::size_t changed_documents = 0;
    const legal::CheckContext context{today_utc()};
    for (const auto& file : inputs->files) {
        Diagnostics problems;
        auto checked = pipeline::load_checked_case(file, inputs->schema, context, problems);
        std::vector<pipeline::DocumentText> old_texts;
        std::vector<pipeline::DocumentText> new_texts;
        if (checked) {
            old_texts = pipeline::snapshot_documents(*checked, *before, problems);
            new_texts = pipeline::snapshot_documents(*checked, *after, problems);
        }
        for (const auto& problem : problems) {
            if (problem.severity == Severity::Error) diagnostics.push_back(problem);
        }
        json one = {{"case", file.generic_string()}, {"documents", json::array()}};
        for (std::size_t i = 0; i < old_texts.size() && i < new_texts.size(); ++i) {
            json changes = paragraph_changes(old_texts[i].text, new_texts[i].text);
            if (changes.empty()) continue;
            ++changed_documents;
            one["documents"].push_back({{"name", old_texts[i].name}, {"changes", changes}});
        }
        cases.push_back(one);
    }

    if (options.format.format() == OutputFormat::Json) {
        std::cout << json{{"cases", cases},
                          {"diagnostics", json::parse(diagnostics_to_json(diagnostics))}}
                         .dump(2, ' ', false, json::error_handler_t::replace)
                  << "\n";
    } else {
        print_listing(cases, options.format.streamed() ? std::cout : std::cerr);
        print_diagnostics(diagnostics, options.format);
    }
    std::size_t changed_cases = 0;
    for (const auto& one : cases) changed_cases += !one["documents"].empty();
    std::cerr << changed_cases << " of " << inputs->files.size() << " cases change ("
              << changed_documents << " document" << (changed_documents == 1 ? "" : "s") << ")\n";
    if (has_errors(diagnostics)) return kExitUsage;
    return changed_documents == 0 ? kExitOk : kExitInvalid;
}

}  // namespace

Subcommand add_diff_templates_command(CLI::App& app) {
    auto options = std::make_shared<DiffTemplatesOptions>();
    CLI::App* command = app.add_subcommand(
        "diff-templates",
        "Show, per case, which paragraphs of which documents change between two template sets");
    command->add_option("old", options->old_templates, "Folder of the templates before the change")
        ->required();
    command->add_option("new", options->new_templates, "Folder of the templates after the change")
        ->required();
    command->add_option("--cases", options->cases, "Folder of case files to render with both")
        ->required();
    add_format_option(*command, options->format,
                      "the changed paragraphs of every case and the diagnostics");
    command->footer(
        "Paragraphs are the Markdown blocks between blank lines of each document, as "
        "test-templates snapshots it.\nExit codes, as diff's: 0 nothing changes, 1 some paragraph "
        "changes, 2 usage error, a template set with errors, or a case that cannot be rendered.");
    return {command, [options] { return run_diff_templates(*options); }};
}

}  // namespace amparo::cli

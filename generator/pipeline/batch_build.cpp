// The steps of one case in a batch; every way out says what the case came to.
#include "pipeline/batch_build.hpp"

#include "pipeline/build_inputs.hpp"
#include "pipeline/checked_case.hpp"
#include "pipeline/content_hash.hpp"
#include "pipeline/internal_error.hpp"

namespace amparo::pipeline {

namespace {

std::size_t count_of(const Diagnostics& diagnostics, Severity severity) {
    std::size_t count = 0;
    for (const auto& diagnostic : diagnostics) count += diagnostic.severity == severity;
    return count;
}

CaseReport finish(CaseReport report, CaseStatus status) {
    report.status = status;
    report.errors = count_of(report.diagnostics, Severity::Error);
    if (status != CaseStatus::Unchanged)
        report.facts.warnings = count_of(report.diagnostics, Severity::Warning);
    return report;
}

}  // namespace

void BatchBuild::build(std::size_t index, const CaseDone& done) {
    CaseReport report;
    std::optional<CaseFolder> staged;
    {
        ClaimTurn turn(claims_, index);
        try {
            report = build_or_skip(index, turn, staged);
        } catch (const std::exception& e) {
            staged.reset();
            report = CaseReport{};
            report.file = inputs_.files[index].string();
            report.diagnostics.push_back(internal_error(inputs_.files[index], e.what()));
            report = finish(std::move(report), CaseStatus::Failed);
        }
    }
    if (!staged) {
        done(std::move(report));
        return;
    }
    commits_.commit(std::move(*staged),
                    [report = std::move(report), done](std::optional<std::string> error) mutable {
                        if (error) {
                            report.diagnostics.push_back({report.file, 0, 0, Severity::Error, "",
                                                          *error, "check the output folder"});
                            report.folder.clear();
                            report = finish(std::move(report), CaseStatus::Failed);
                        }
                        done(std::move(report));
                    });
}

CaseReport BatchBuild::build_or_skip(std::size_t index, ClaimTurn& turn,
                                     std::optional<CaseFolder>& staged) {
    const std::filesystem::path& file = inputs_.files[index];
    const BuildOutput& output = inputs_.output;
    CaseReport report;
    report.file = file.string();
    const auto case_hash = inputs_.inputs_hash ? file_sha256(file) : std::nullopt;

    // The id of the last build comes from the summaries, and that build's report.json says
    // whether it was made from exactly these inputs: an unchanged case is never parsed.
    std::optional<std::size_t> owner;  // the case that claimed this case's id first
    auto previous = inputs_.previous_ids.find(report.file);
    if (case_hash && !inputs_.force && previous != inputs_.previous_ids.end()) {
        if (auto facts = unchanged_build(output.out_dir / previous->second, file, *case_hash,
                                         *inputs_.inputs_hash)) {
            owner = turn.claim(previous->second);
            if (!owner) {
                report.case_id = previous->second;
                report.folder = report.case_id;
                report.facts = *facts;
                return finish(std::move(report), CaseStatus::Unchanged);
            }
            // Another file has the id: load the case to say so at its line.
        }
    }

    auto checked = load_checked_case(file, inputs_.schema, inputs_.context, report.diagnostics);
    if (!checked) return finish(std::move(report), CaseStatus::Failed);
    const LoadedCase& loaded = checked->loaded;
    report.case_id = loaded.data["case"]["id"].get<std::string>();
    if (!turn.done()) owner = turn.claim(report.case_id);
    if (owner) {
        SourcePos pos = loaded.positions.value_pos("/case/id");
        report.diagnostics.push_back(
            {loaded.display_name, pos.line, pos.column, Severity::Error, "case.id",
             "case id '" + report.case_id + "' is also used by " + inputs_.files[*owner].string(),
             "each case needs its own id: it names the output folder"});
        return finish(std::move(report), CaseStatus::Failed);
    }
    if (inputs_.settings.strict) {
        Diagnostics examples = inputs_.settings.strict->find_in(loaded);
        report.diagnostics.insert(report.diagnostics.end(), examples.begin(), examples.end());
        if (!examples.empty()) return finish(std::move(report), CaseStatus::Failed);
    }

    BuildProvenance provenance;
    provenance.load_warnings = count_of(report.diagnostics, Severity::Warning);
    if (case_hash) {
        provenance.inputs =
            case_inputs_record(loaded, *case_hash, *inputs_.inputs_hash).value_or(nlohmann::json());
    }
    auto result = build_case(*checked, inputs_.settings, output, provenance);
    report.diagnostics.insert(report.diagnostics.end(), result.diagnostics.begin(),
                              result.diagnostics.end());
    if (result.interrupted) return finish(std::move(report), CaseStatus::Interrupted);
    if (has_errors(result.diagnostics)) return finish(std::move(report), CaseStatus::Failed);
    report.folder = report.case_id;
    report.facts = facts_of_report(result.report);
    if (result.staged) staged.emplace(std::move(*result.staged));
    return finish(std::move(report), CaseStatus::Built);
}

}  // namespace amparo::pipeline

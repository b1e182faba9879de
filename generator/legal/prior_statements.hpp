// Where a prior statement (credible fear interview, border interview, earlier I-589) and the
// declaration disagree: the facts each record states, compared with the incidents the
// declaration tells. The government reads these records against the applicant's credibility, so
// every difference is surfaced with the case's explanation, or the lack of one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "casefile/case_view.hpp"

namespace amparo::legal {

// What a difference is about. `Recorded` is a fact the case marks `consistent: false` without
// saying which aspect differs (version 1 and 2 case files write them that way).
enum class Aspect { Date, Place, Perpetrators, Event, Recorded };

// "date", "place", "perpetrators", "event", "recorded": the words report.json uses.
const char* aspect_name(Aspect aspect);

struct Discrepancy {
    std::size_t statement = 0;        // index in prior_statements
    std::optional<std::size_t> fact;  // index in its recorded_facts; none for an omission
    Aspect aspect = Aspect::Recorded;
    std::string incident;  // incident id; empty for an event only the record tells
    std::optional<std::string> explanation;
    SourceRef where;  // the value it is about: the recorded value, or `incidents_covered`
};

// Every difference, statement by statement, in the order the case file lists them:
// - a recorded date outside the incident's date (a month or a year covers each of its days; an
//   approximate incident date covers a week either side);
// - recorded perpetrators other than the incident's;
// - a recorded place whose city, state or country differs from the incident's (letters compared
//   without case or accents; a field only one side names is not compared);
// - an event the record tells that no incident of the declaration is (aspect `event` without an
//   incident);
// - a fact marked `consistent: false`;
// - when the statement lists the incidents it covered (`incidents_covered`), each incident dated
//   before the statement that it does not mention (the explanation is `omission_explanation`).
std::vector<Discrepancy> find_discrepancies(const CaseView& view);

}  // namespace amparo::legal

// What a cover page and caption print beyond the case's own fields: the court's place in
// capitals, the next hearing's time on a 12-hour clock, the circuit's name.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "casefile/case_view.hpp"

namespace amparo::render {

// "13:00" -> "1:00 p.m.", "09:30" -> "9:30 a.m."; anything else unchanged.
std::string twelve_hour_time(const std::string& time);

// Sets case.court.place ("CHAPARRAL, NEW MEXICO"), case.next_hearing.time_text and
// case.circuit_title ("TENTH CIRCUIT") when the case says enough for them, and the cover's
// flags: case.non_detained, case.in_removal_proceedings, case.hearing_on_cover.
void add_cover_context(nlohmann::json& context, const Proceedings& proceedings);

}  // namespace amparo::render

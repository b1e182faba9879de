// Which federal circuit's law governs a case: the one the case file names, or the one whose
// territory holds the immigration court (28 U.S.C. § 41 assigns each state to one circuit;
// review lies in the circuit where the immigration judge completed the proceedings, 8 U.S.C.
// § 1252(b)(2)).
#pragma once

#include <optional>
#include <string>

#include "casefile/case_view.hpp"

namespace amparo::legal {

// 1-11 for a state or territory given as its two-letter code or its name ("TX", "Texas");
// nullopt for the District of Columbia (its own circuit) and anything unknown.
std::optional<int> circuit_of_state(const std::string& state);

// The name of a state or territory given as its two-letter code, in lower case ("new mexico");
// nullopt for a code it does not know.
std::optional<std::string> state_name(const std::string& code);

// The court's circuit when the case names it, or else the circuit of the court's state; nullopt
// when neither says.
std::optional<int> governing_circuit(std::optional<int> circuit,
                                     const std::optional<std::string>& state);

// The same for a case's proceedings (`case.court.circuit`, `case.court.state`).
std::optional<int> circuit_of_case(const Proceedings& proceedings);

}  // namespace amparo::legal

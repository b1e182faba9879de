// Straight quotes and apostrophes, as templates and case files type them, turned into the curly
// ones a filed brief or declaration uses: "cuota" -> “cuota”, Respondent's -> Respondent’s.
// A quote right after a digit (5'10") is a measurement and stays as typed; code is untouched.
// The Markdown output keeps the straight quotes it was rendered with.
#pragma once

#include "document/model.hpp"

namespace amparo::document {

void use_typographic_quotes(Document& document);

}  // namespace amparo::document

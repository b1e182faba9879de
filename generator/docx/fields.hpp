// Word fields (PAGE, NUMPAGES, TOC) as complex fields: begin, instruction, separate, result, end.
// Word recomputes the result; the cached result is what readers show until it does.
#pragma once

#include <string_view>

#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

// The runs that open a field, up to where its cached result starts.
void field_begin(XmlWriter& xml, std::string_view instruction);
void field_end(XmlWriter& xml);

// A field whose result fits in one run, e.g. PAGE with cached result "1".
void write_field(XmlWriter& xml, std::string_view instruction, std::string_view cached_result);

}  // namespace amparo::docx::detail

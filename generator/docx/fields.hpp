// Word fields (PAGE, NUMPAGES, TOC, TA, TOA) as complex fields: begin, instruction, separate,
// result, end. Word recomputes the result; the cached result is what readers show until it does.
#pragma once

#include <string>
#include <string_view>

#include "docx/xml_writer.hpp"

namespace amparo::docx::detail {

// One <w:fldChar> run of type begin, separate or end; `hidden` makes it hidden text, as Word
// writes the fields that show nothing (TA).
void field_char(XmlWriter& xml, const char* type, bool hidden = false);

// The runs that open a field, up to where its cached result starts.
void field_begin(XmlWriter& xml, std::string_view instruction);
void field_end(XmlWriter& xml);

// A field whose result fits in one run, e.g. PAGE with cached result "1".
void write_field(XmlWriter& xml, std::string_view instruction, std::string_view cached_result);

// Text for inside a quoted field argument ("..."): quotation marks and backslashes escaped as
// \" and \\, the way Word reads them back.
std::string escape_field_argument(std::string_view text);

}  // namespace amparo::docx::detail
